package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.testkit.PluginSource;
import org.jspecify.annotations.Nullable;

/**
 * The instances a contract compares, all of one plugin in one execution mode: <em>fresh</em>
 * handles, whose every session starts on a new instance until one is given back (then the next
 * session reuses it), and one <em>shared</em> handle of a few pooled instances. Fresh handles come
 * from a runtime that is replaced after {@value #LOADS_PER_RUNTIME} loads, between evaluations, so
 * a long run holds a bounded number of instances.
 */
final class Instances implements AutoCloseable {
  /** Most instances a fresh handle creates: its sessions open at once each get a new one. */
  static final int FRESH_POOL = 8;

  /** Instances of the shared handle, for calls from several threads at once. */
  static final int SHARED_POOL = 3;

  static final int LOADS_PER_RUNTIME = 64;

  private final PluginSource source;
  private final ExecutionMode mode;
  private final PluginManifest.Runtime limits;
  private @Nullable PluginRuntime freshRuntime;
  private int loads;
  private @Nullable PluginRuntime sharedRuntime;
  private @Nullable PluginHandle shared;

  /**
   * @throws io.dataflare.runtime.ManifestException when the plugin's manifest is malformed
   */
  Instances(PluginSource source, ExecutionMode mode) {
    this.source = source;
    this.mode = mode;
    this.limits = source.defaultLimits();
  }

  PluginSource source() {
    return source;
  }

  PluginManifest manifest() {
    return source.manifest();
  }

  /** Replaces the runtime of fresh handles once it has loaded many; call between evaluations. */
  void startEvaluation() {
    if (loads >= LOADS_PER_RUNTIME && freshRuntime != null) {
      freshRuntime.close();
      freshRuntime = null;
      loads = 0;
    }
  }

  /**
   * A newly loaded handle: its first session runs on a new instance.
   *
   * @throws io.dataflare.runtime.PluginException when the plugin cannot be loaded
   */
  PluginHandle fresh() {
    if (freshRuntime == null) {
      freshRuntime = runtime(FRESH_POOL);
    }
    loads++;
    return source.load(freshRuntime, limits);
  }

  /** The one shared handle, loaded on first use. */
  PluginHandle shared() {
    if (shared == null) {
      sharedRuntime = runtime(SHARED_POOL);
      shared = source.load(sharedRuntime, limits);
    }
    return shared;
  }

  private PluginRuntime runtime(int poolSize) {
    return PluginRuntime.builder().withExecutionMode(mode).withPoolSize(poolSize).build();
  }

  @Override
  public void close() {
    if (freshRuntime != null) {
      freshRuntime.close();
      freshRuntime = null;
    }
    if (sharedRuntime != null) {
      sharedRuntime.close();
      sharedRuntime = null;
      shared = null;
    }
  }
}
