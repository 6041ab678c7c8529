/**
 * The pre-0.1 plugin interface ({@link io.dataflare.plugin.legacy.SmartPlugin}) and the adapter
 * that runs such plugins as {@link io.dataflare.plugin.DataFlarePlugin}s.
 */
@NullMarked
package io.dataflare.plugin.legacy;

import org.jspecify.annotations.NullMarked;
