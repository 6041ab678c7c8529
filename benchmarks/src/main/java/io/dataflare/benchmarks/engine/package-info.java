/**
 * The engine's workload: a corpus of spec cases and the hand-written Jupiter tests doing the same
 * calls, both run through the JUnit Platform launcher.
 */
@NullMarked
package io.dataflare.benchmarks.engine;

import org.jspecify.annotations.NullMarked;
