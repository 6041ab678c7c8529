package io.dataflare.engine.execution;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.testkit.PluginSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The plugin a case or benchmark tests could not be loaded: its manifest is malformed (the message
 * lists each problem with file, line and key) or the runtime refused it (an invalid module, a
 * policy violation). Every case of that plugin fails with it; fix the plugin, not the case.
 */
@API(status = STABLE, since = "0.1")
public final class PluginLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private PluginLoadException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  static PluginLoadException of(PluginSource source, @Nullable Throwable cause) {
    String why = cause == null ? "unknown reason" : String.valueOf(cause.getMessage());
    return new PluginLoadException(
        "Plugin [" + source.displayName() + "] could not be loaded: " + why, cause);
  }
}
