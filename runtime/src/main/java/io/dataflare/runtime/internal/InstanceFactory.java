package io.dataflare.runtime.internal;

import io.dataflare.runtime.PluginException;

/**
 * Makes instances of one loaded plugin. Prepared once per handle (the module parsed, validated,
 * compiled or taken from the cache); {@link #create} is then cheap.
 */
public interface InstanceFactory {

  /** A new, initialised instance ({@code init(config)} already called). */
  PluginInstance create() throws PluginException;

  /** Whether preparing this factory found the compiled module in the compile cache. */
  default boolean wasCacheHit() {
    return false;
  }
}
