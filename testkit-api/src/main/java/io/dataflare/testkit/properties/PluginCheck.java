package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.runtime.PluginHandle;
import org.apiguardian.api.API;

/**
 * What must hold for a plugin and every generated value: returns normally when it holds, throws
 * when it does not. The handle is the plugin under test, loaded once for the whole run.
 *
 * @param <T> the type of the values
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface PluginCheck<T> {
  void check(PluginHandle plugin, T value) throws Exception;
}
