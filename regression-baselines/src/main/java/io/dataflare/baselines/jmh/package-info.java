/**
 * Reads JMH's JSON results ({@code benchmarks.json}) and the harness's {@code fingerprint.json}
 * into measurements with one value per fork.
 */
@NullMarked
package io.dataflare.baselines.jmh;

import org.jspecify.annotations.NullMarked;
