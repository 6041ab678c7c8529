/**
 * A/B mode: the previous artifact (A) and the current build (B) benchmarked in turns, one fork
 * each, in one job.
 */
@NullMarked
package io.dataflare.maven.internal.ab;

import org.jspecify.annotations.NullMarked;
