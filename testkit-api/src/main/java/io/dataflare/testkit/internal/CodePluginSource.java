package io.dataflare.testkit.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.testkit.PluginSource;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/** A native plugin given in code: a manifest and a factory of instances. */
@API(status = INTERNAL, since = "0.1")
public final class CodePluginSource implements PluginSource {
  private final PluginManifest manifest;
  private final Supplier<? extends DataFlarePlugin> factory;

  public CodePluginSource(PluginManifest manifest, Supplier<? extends DataFlarePlugin> factory) {
    this.manifest = Objects.requireNonNull(manifest, "manifest");
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public String displayName() {
    return manifest.plugin().name();
  }

  @Override
  public PluginManifest manifest() {
    return manifest;
  }

  @Override
  public PluginHandle load(PluginRuntime runtime, PluginManifest.Runtime limits) {
    return runtime.load(manifest.withRuntime(limits), factory);
  }

  @Override
  public String toString() {
    return "PluginSource[" + displayName() + " (in code)]";
  }
}
