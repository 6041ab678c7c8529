/** The samples' native twins: the same logic as the WASM samples, written in Java. */
@NullMarked
package io.dataflare.benchmarks.twins;

import org.jspecify.annotations.NullMarked;
