package io.dataflare.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.engine.config.EngineConfiguration;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.testkit.PluginSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The plugins of one run: one pooled {@link PluginRuntime}, created on the first load (so a run
 * that loads nothing starts nothing), and one handle per plugin and limits, shared by every case
 * with those limits. A plugin that cannot be loaded is tried once; each case asking for it again
 * gets the same failure.
 */
@API(status = INTERNAL, since = "0.1")
public final class PluginHandles implements AutoCloseable {

  private record Key(PluginSource source, PluginManifest.Runtime limits) {}

  private record Loaded(@Nullable PluginHandle handle, @Nullable RuntimeException failure) {}

  private final EngineConfiguration configuration;
  private final Map<Key, Loaded> handles = new ConcurrentHashMap<>();
  private @Nullable PluginRuntime runtime;
  private boolean closed;

  PluginHandles(EngineConfiguration configuration) {
    this.configuration = configuration;
  }

  /**
   * The handle of this plugin under these limits, loading it on first use.
   *
   * @throws PluginLoadException naming the plugin and why it could not be loaded
   */
  public PluginHandle load(PluginSource source, PluginManifest.Runtime limits) {
    Loaded loaded = handles.computeIfAbsent(new Key(source, limits), this::tryLoad);
    if (loaded.handle() != null) {
      return loaded.handle();
    }
    throw PluginLoadException.of(source, loaded.failure());
  }

  private Loaded tryLoad(Key key) {
    try {
      return new Loaded(key.source().load(runtime(), key.limits()), null);
    } catch (RuntimeException failure) {
      return new Loaded(null, failure);
    }
  }

  private synchronized PluginRuntime runtime() {
    if (closed) {
      throw new IllegalStateException("The run is over: its plugin runtime is closed");
    }
    if (runtime == null) {
      runtime =
          PluginRuntime.builder()
              .withExecutionMode(configuration.executionMode())
              .withPoolSize(configuration.poolSize())
              .build();
    }
    return runtime;
  }

  @Override
  public synchronized void close() {
    closed = true;
    handles.clear();
    if (runtime != null) {
      runtime.close();
      runtime = null;
    }
  }
}
