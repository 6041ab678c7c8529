/** The runtime's and engine's JMH suite: workloads shared by every benchmark of it. */
@NullMarked
package io.dataflare.benchmarks;

import org.jspecify.annotations.NullMarked;
