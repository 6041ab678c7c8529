/**
 * The engine's test tree: suites of spec classes and spec files, and their cases and benchmarks.
 */
@NullMarked
package io.dataflare.engine.descriptor;

import org.jspecify.annotations.NullMarked;
