package io.dataflare.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.engine.Constants;
import io.dataflare.engine.config.EngineConfiguration;
import io.dataflare.runtime.ManifestException;
import io.dataflare.runtime.PluginException;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.properties.PluginProperty;
import io.dataflare.testkit.properties.PropertyFailedError;
import io.dataflare.testkit.properties.PropertyResult;
import io.dataflare.testkit.properties.PropertyRun;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Runs one property: picks its seed (the run's {@code dataflare.properties.seed}, else the
 * property's own, else a new one) and tries (the property's own, else the run's {@code
 * dataflare.properties.tries}), publishes both before it starts, and fails with a {@link
 * PropertyFailedError} that shows the contract, the seed, the shrunk counterexample and how to
 * replay it.
 */
@API(status = INTERNAL, since = "0.1")
public final class PropertyExecution {
  private PropertyExecution() {}

  /**
   * @throws PropertyFailedError when the property does not hold
   * @throws PluginLoadException when the plugin could not be loaded
   */
  public static void run(
      DataFlareExecutionContext context,
      TestDescriptor descriptor,
      PluginProperty property,
      PluginSource plugin) {
    EngineConfiguration configuration = context.configuration();
    long seed =
        configuration
            .propertiesSeed()
            .orElse(
                property.seed().isPresent() ? property.seed().getAsLong() : PropertyRun.newSeed());
    int tries = property.tries().orElse(configuration.propertiesTries());
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("seed", Long.toString(seed));
    settings.put("tries", Integer.toString(tries));
    context.publish(descriptor, ReportEntry.from(settings));
    PropertyResult result;
    try {
      result = property.run(plugin, new PropertyRun(seed, tries, configuration.executionMode()));
    } catch (PluginException | ManifestException e) {
      throw PluginLoadException.of(plugin, e);
    }
    context.publish(descriptor, ReportEntry.from("tries_run", Integer.toString(result.triesRun())));
    if (!result.passed()) {
      throw new PropertyFailedError(result, replay(seed));
    }
  }

  private static String replay(long seed) {
    return "replay it exactly: run with the configuration parameter "
        + Constants.PROPERTIES_SEED
        + "="
        + seed
        + " (e.g. mvn test -D"
        + Constants.PROPERTIES_SEED
        + "="
        + seed
        + ", or in junit-platform.properties), or pin it with seed = "
        + seed
        + " under [properties]";
  }
}
