package io.dataflare.runtime.nativ;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.PluginException;
import io.dataflare.runtime.internal.FailureClassifier;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * Where a native plugin's objects come from: the class named in {@code [plugin] class}, the one
 * {@link ServiceLoader} provider with the manifest's name, or a supplier given in code.
 */
final class PluginSource {
  private final String description;
  private final Supplier<? extends DataFlarePlugin> factory;
  private final String pluginName;

  private PluginSource(
      String description, Supplier<? extends DataFlarePlugin> factory, String pluginName) {
    this.description = description;
    this.factory = factory;
    this.pluginName = pluginName;
  }

  /** The supplier given in code. */
  static PluginSource ofSupplier(String pluginName, Supplier<? extends DataFlarePlugin> supplier) {
    return new PluginSource("the supplier given in code", supplier, pluginName);
  }

  /** The class named in the manifest, loaded with the thread context class loader. */
  static PluginSource ofClass(String pluginName, String className) {
    Class<?> type;
    try {
      type = Class.forName(className, true, classLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw PluginException.of(
          FailureKind.INVALID_MODULE,
          pluginName,
          "class ["
              + className
              + "] named in [plugin] class cannot be loaded ("
              + e
              + "); put it on the classpath or correct the name");
    }
    if (!DataFlarePlugin.class.isAssignableFrom(type)) {
      throw PluginException.of(
          FailureKind.INVALID_MODULE,
          pluginName,
          "class [" + className + "] does not implement " + DataFlarePlugin.class.getName());
    }
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      throw PluginException.of(
          FailureKind.INVALID_MODULE,
          pluginName,
          "class [" + className + "] is abstract; name a concrete class in [plugin] class");
    }
    Constructor<?> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      throw PluginException.of(
          FailureKind.INVALID_MODULE,
          pluginName,
          "class [" + className + "] has no public no-argument constructor; add one");
    }
    ExitCalls.reject(pluginName, type); // before its constructor can run
    String description = "class [" + className + "]";
    return new PluginSource(
        description, () -> construct(constructor, pluginName, description), pluginName);
  }

  private static DataFlarePlugin construct(
      Constructor<?> constructor, String pluginName, String description) {
    try {
      return (DataFlarePlugin) constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw constructorFailed(pluginName, description, e.getCause() == null ? e : e.getCause());
    } catch (ReflectiveOperationException e) {
      throw constructorFailed(pluginName, description, e);
    }
  }

  /** The only provider whose {@code name()} matches the manifest. */
  static PluginSource ofServiceLoader(String pluginName) {
    List<ServiceLoader.Provider<DataFlarePlugin>> matches = new ArrayList<>();
    List<String> others = new ArrayList<>();
    ServiceLoader<DataFlarePlugin> loader =
        ServiceLoader.load(DataFlarePlugin.class, classLoader());
    for (ServiceLoader.Provider<DataFlarePlugin> provider : loader.stream().toList()) {
      DataFlarePlugin probe;
      ExitCalls.reject(pluginName, provider.type()); // before its constructor can run
      try {
        probe = provider.get();
      } catch (ServiceConfigurationError | RuntimeException e) {
        others.add(provider.type().getName() + " (failed to construct: " + e + ")");
        continue;
      }
      String name = probe.name();
      closeQuietly(probe);
      if (pluginName.equals(name)) {
        matches.add(provider);
      } else {
        others.add(provider.type().getName() + " named [" + name + "]");
      }
    }
    if (matches.size() != 1) {
      String detail =
          matches.isEmpty()
              ? "no DataFlarePlugin named ["
                  + pluginName
                  + "] was found by ServiceLoader (found: "
                  + (others.isEmpty() ? "none" : String.join(", ", others))
                  + "); name the class in [plugin] class, or register it in"
                  + " META-INF/services/io.dataflare.plugin.DataFlarePlugin"
              : "several DataFlarePlugins named ["
                  + pluginName
                  + "] were found by ServiceLoader ("
                  + String.join(", ", matches.stream().map(p -> p.type().getName()).toList())
                  + "); name the one to use in [plugin] class";
      throw PluginException.of(FailureKind.INVALID_MODULE, pluginName, detail);
    }
    ServiceLoader.Provider<DataFlarePlugin> provider = matches.get(0);
    String description = "class [" + provider.type().getName() + "] (found by ServiceLoader)";
    return new PluginSource(
        description,
        () -> {
          try {
            return provider.get();
          } catch (ServiceConfigurationError e) {
            throw constructorFailed(
                pluginName, description, e.getCause() == null ? e : e.getCause());
          }
        },
        pluginName);
  }

  private static PluginException constructorFailed(
      String pluginName, String description, Throwable cause) {
    return new PluginException(
        new io.dataflare.runtime.PluginFailure(
            cause instanceof OutOfMemoryError ? FailureKind.MEMORY_LIMIT : FailureKind.PLUGIN_ERROR,
            pluginName,
            -1,
            "the constructor of "
                + description
                + " threw "
                + cause
                + "; fix the constructor (configuration belongs in init(config))"),
        cause);
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : PluginSource.class.getClassLoader();
  }

  /** Where the objects come from, for messages: "class [com.example.Filter]". */
  String description() {
    return description;
  }

  /**
   * A new plugin object.
   *
   * @throws PluginException with {@code PLUGIN_ERROR} naming the class and the cause when the
   *     constructor or supplier fails
   */
  DataFlarePlugin newPlugin() {
    DataFlarePlugin plugin;
    try {
      plugin = factory.get();
    } catch (PluginException e) {
      throw e;
    } catch (Throwable e) {
      var failure = FailureClassifier.classify(e, false, -1);
      throw new PluginException(
          new io.dataflare.runtime.PluginFailure(
              failure.kind(),
              pluginName,
              -1,
              description + " failed to make a plugin: " + failure.getMessage()),
          e);
    }
    if (plugin == null) {
      throw PluginException.of(
          FailureKind.PLUGIN_ERROR, pluginName, description + " returned null instead of a plugin");
    }
    return plugin;
  }

  static void closeQuietly(DataFlarePlugin plugin) {
    try {
      plugin.close();
    } catch (Throwable e) {
      // best effort
    }
  }
}
