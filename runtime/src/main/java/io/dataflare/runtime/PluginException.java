package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.FailureKind;
import org.apiguardian.api.API;

/**
 * A plugin could not be loaded or called. Carries the {@link PluginFailure} with its kind, plugin
 * and record index.
 */
@API(status = STABLE, since = "0.1")
public class PluginException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient PluginFailure failure;

  public PluginException(PluginFailure failure) {
    super(failure.message());
    this.failure = failure;
  }

  public PluginException(PluginFailure failure, Throwable cause) {
    super(failure.message(), cause);
    this.failure = failure;
  }

  /** Shorthand for a failure concerning the whole plugin or batch. */
  public static PluginException of(FailureKind kind, String pluginName, String detail) {
    return new PluginException(new PluginFailure(kind, pluginName, -1, detail));
  }

  public PluginFailure failure() {
    return failure;
  }

  public FailureKind kind() {
    return failure.kind();
  }
}
