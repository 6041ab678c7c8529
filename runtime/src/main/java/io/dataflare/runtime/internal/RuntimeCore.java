package io.dataflare.runtime.internal;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import java.util.function.Supplier;

/** The runtime behind {@link io.dataflare.runtime.PluginRuntime}. (Being built: issue 2.) */
public final class RuntimeCore implements AutoCloseable {
  private final ExecutionMode executionMode;

  public RuntimeCore(ExecutionMode executionMode, SecurityPolicy policy, int poolSize) {
    this.executionMode = executionMode;
  }

  public PluginHandle load(PluginManifest manifest) {
    throw new UnsupportedOperationException("not built yet");
  }

  public PluginHandle load(PluginManifest manifest, Supplier<? extends DataFlarePlugin> factory) {
    throw new UnsupportedOperationException("not built yet");
  }

  public ExecutionMode executionMode() {
    return executionMode;
  }

  @Override
  public void close() {}
}
