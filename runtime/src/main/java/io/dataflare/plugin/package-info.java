/**
 * Layer 1: the plugin interface every DataFlare plugin implements, natively in Java or through the
 * WASM ABI.
 */
@NullMarked
package io.dataflare.plugin;

import org.jspecify.annotations.NullMarked;
