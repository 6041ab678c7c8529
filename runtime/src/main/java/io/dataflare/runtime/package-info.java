/**
 * Layer 2: {@link io.dataflare.runtime.PluginRuntime} loads plugins from their {@code plugin.toml}
 * and runs them on pooled instances under enforced limits.
 */
@NullMarked
package io.dataflare.runtime;

import org.jspecify.annotations.NullMarked;
