/** What to benchmark: the plan a harness runs and its forked JVMs read back from JSON. */
@NullMarked
package io.dataflare.bench.plan;

import org.jspecify.annotations.NullMarked;
