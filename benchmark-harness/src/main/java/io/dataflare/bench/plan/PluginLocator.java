package io.dataflare.bench.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a forked JVM finds the plugin of a benchmark: a {@code plugin.toml} on disk, or a Java spec
 * method whose suite carries the plugin (a native plugin given in code).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface PluginLocator permits PluginLocator.ManifestFile, PluginLocator.SpecMethod {

  /** A plugin described by this {@code plugin.toml}; the path is made absolute. */
  static PluginLocator manifest(Path pluginToml) {
    return new ManifestFile(pluginToml);
  }

  /**
   * The plugin of the suite named {@code suiteName} returned by a {@code @PluginSpec} method. The
   * forked JVM calls the method again (on a new instance of the class unless it is static), so the
   * class must be on the classpath of the JVM that runs the harness.
   */
  static PluginLocator specMethod(String className, String methodName, String suiteName) {
    return new SpecMethod(className, methodName, suiteName);
  }

  /** Where the plugin comes from, for messages. */
  String describe();

  /** A {@code plugin.toml} file. */
  record ManifestFile(Path pluginToml) implements PluginLocator {
    public ManifestFile {
      pluginToml = Objects.requireNonNull(pluginToml, "pluginToml").toAbsolutePath().normalize();
    }

    @Override
    public String describe() {
      return "manifest [" + pluginToml + "]";
    }
  }

  /** A suite returned by a Java spec method. */
  record SpecMethod(String className, String methodName, String suiteName)
      implements PluginLocator {
    public SpecMethod {
      Objects.requireNonNull(className, "className");
      Objects.requireNonNull(methodName, "methodName");
      Objects.requireNonNull(suiteName, "suiteName");
    }

    @Override
    public String describe() {
      return "suite [" + suiteName + "] of spec method [" + className + "#" + methodName + "]";
    }
  }
}
