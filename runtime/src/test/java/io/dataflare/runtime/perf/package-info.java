/** Tests of the runtime's fast paths: deadlines on the calling thread, allocation-free outputs. */
@NullMarked
package io.dataflare.runtime.perf;

import org.jspecify.annotations.NullMarked;
