/** Turns the suite's JMH JSON into the README's table of targets, met or missed with figures. */
@NullMarked
package io.dataflare.benchmarks.report;

import org.jspecify.annotations.NullMarked;
