/** The engine's limit: the samples called straight through Chicory, with hand-written copies. */
@NullMarked
package io.dataflare.benchmarks.raw;

import org.jspecify.annotations.NullMarked;
