/**
 * The evidence a score is computed from, each read from the real source: Surefire reports, spec
 * files and classes, JaCoCo execution data, executed WASM functions, SpotBugs, the module contract,
 * benchmark results and the gate's report, and the project's documentation.
 */
@NullMarked
package io.dataflare.quality.evidence;

import org.jspecify.annotations.NullMarked;
