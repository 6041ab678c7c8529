/**
 * The regression gate: compares a run with stored baselines (or, in A/B mode, with a run of the
 * previous artifact) and decides per benchmark, with the statistics and the rule behind each
 * verdict.
 */
@NullMarked
package io.dataflare.baselines.gate;

import org.jspecify.annotations.NullMarked;
