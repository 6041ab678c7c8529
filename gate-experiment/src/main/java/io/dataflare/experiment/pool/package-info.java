/** The pool of real fork values: interleaved rounds through the benchmark harness, kept as JSON. */
@NullMarked
package io.dataflare.experiment.pool;

import org.jspecify.annotations.NullMarked;
