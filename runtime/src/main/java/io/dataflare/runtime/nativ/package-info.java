/** Layer 3: the native backend, running Java {@link io.dataflare.plugin.DataFlarePlugin}s. */
@NullMarked
package io.dataflare.runtime.nativ;

import org.jspecify.annotations.NullMarked;
