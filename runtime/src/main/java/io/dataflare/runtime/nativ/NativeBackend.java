package io.dataflare.runtime.nativ;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.PluginException;
import io.dataflare.runtime.PluginFailure;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.internal.FailureClassifier;
import io.dataflare.runtime.internal.InstanceFactory;
import io.dataflare.runtime.internal.PluginInstance;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Prepares native (Java) plugins for the runtime core. One plugin object is made at load time to
 * check it against the manifest (its {@code name()} and {@code pluginType()}); it becomes the first
 * pooled instance.
 */
public final class NativeBackend {
  private NativeBackend() {}

  /**
   * Resolves the plugin's objects (the supplier when given, otherwise the manifest's {@code class},
   * otherwise the one {@link java.util.ServiceLoader} provider with the manifest's name), makes and
   * checks the first one and calls its {@code init}.
   *
   * @throws PluginException {@code INVALID_MODULE} when the class cannot be used or does not match
   *     the manifest, {@code PLUGIN_ERROR} when its constructor or {@code init} fails
   */
  public static InstanceFactory prepare(
      PluginManifest manifest, @Nullable Supplier<? extends DataFlarePlugin> supplier) {
    String name = manifest.plugin().name();
    PluginSource source;
    if (supplier != null) {
      source = PluginSource.ofSupplier(name, supplier);
    } else if (manifest.plugin().className() != null) {
      source = PluginSource.ofClass(name, manifest.plugin().className());
    } else {
      source = PluginSource.ofServiceLoader(name);
    }
    Factory factory = new Factory(manifest, source);
    factory.first.set(factory.newInstance());
    return factory;
  }

  private static final class Factory implements InstanceFactory {
    private final PluginManifest manifest;
    private final PluginSource source;
    private final AtomicReference<@Nullable PluginInstance> first = new AtomicReference<>();

    Factory(PluginManifest manifest, PluginSource source) {
      this.manifest = manifest;
      this.source = source;
    }

    @Override
    public PluginInstance create() {
      PluginInstance instance = first.getAndSet(null);
      return instance != null ? instance : newInstance();
    }

    PluginInstance newInstance() {
      DataFlarePlugin plugin = source.newPlugin();
      try {
        check(plugin);
        plugin.init(manifest.config());
      } catch (PluginException e) {
        PluginSource.closeQuietly(plugin);
        throw e;
      } catch (Throwable e) {
        PluginSource.closeQuietly(plugin);
        var failure = FailureClassifier.classify(e, false, -1);
        throw new PluginException(
            new PluginFailure(
                failure.kind(),
                manifest.plugin().name(),
                -1,
                "init(config) of "
                    + source.description()
                    + " failed: "
                    + failure.getMessage()
                    + "; check the [config] table of "
                    + manifest.describeSource()),
            e);
      }
      return new NativeInstance(plugin, manifest.plugin().type());
    }

    private void check(DataFlarePlugin plugin) {
      ExitCalls.reject(manifest.plugin().name(), plugin.getClass()); // a supplier's plugin class
      String expectedName = manifest.plugin().name();
      String actualName = plugin.name();
      if (!expectedName.equals(actualName)) {
        throw mismatch(
            "its name() is [" + actualName + "] but the manifest names [" + expectedName + "]",
            "make name() return [" + expectedName + "] or change [plugin] name");
      }
      if (plugin.pluginType() != manifest.plugin().type()) {
        throw mismatch(
            "its pluginType() is ["
                + (plugin.pluginType() == null ? "null" : plugin.pluginType().manifestName())
                + "] but the manifest declares type ["
                + manifest.plugin().type().manifestName()
                + "]",
            "make the two agree");
      }
    }

    private PluginException mismatch(String what, String fix) {
      return PluginException.of(
          FailureKind.INVALID_MODULE,
          manifest.plugin().name(),
          source.description()
              + " does not match "
              + manifest.describeSource()
              + ": "
              + what
              + "; "
              + fix);
    }
  }
}
