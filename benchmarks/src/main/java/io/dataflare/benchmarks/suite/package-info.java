/**
 * The JMH benchmarks: each class measures the runtime (or engine) side by side with its reference
 * in one run; {@code io.dataflare.benchmarks.report} turns the results into the target table.
 */
@NullMarked
package io.dataflare.benchmarks.suite;

import org.jspecify.annotations.NullMarked;
