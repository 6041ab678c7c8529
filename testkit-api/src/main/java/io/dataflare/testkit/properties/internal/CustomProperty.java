package io.dataflare.testkit.properties.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.properties.Generator;
import io.dataflare.testkit.properties.PluginCheck;
import io.dataflare.testkit.properties.PluginProperty;
import io.dataflare.testkit.properties.PropertyResult;
import io.dataflare.testkit.properties.PropertyRun;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/** A custom property: the plugin loaded once into a runtime of its own, then checked per value. */
@API(status = INTERNAL, since = "0.1")
public final class CustomProperty<T> implements PluginProperty {
  private final String name;
  private final Generator<T> generator;
  private final PluginCheck<? super T> check;
  private final OptionalInt tries;
  private final OptionalLong seed;

  public CustomProperty(
      String name,
      Generator<T> generator,
      PluginCheck<? super T> check,
      OptionalInt tries,
      OptionalLong seed) {
    this.name = name;
    this.generator = generator;
    this.check = check;
    this.tries = tries;
    this.seed = seed;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean isContract() {
    return false;
  }

  @Override
  public OptionalInt tries() {
    return tries;
  }

  @Override
  public OptionalLong seed() {
    return seed;
  }

  @Override
  public PropertyResult run(PluginSource plugin, PropertyRun run) {
    try (PluginRuntime runtime =
        PluginRuntime.builder().withExecutionMode(run.executionMode()).build()) {
      PluginHandle handle = plugin.load(runtime, plugin.defaultLimits());
      return PropertyRunner.run(
          name, generator, value -> check.check(handle, value), run.seed(), run.tries());
    }
  }

  @Override
  public String toString() {
    return "PluginProperty[" + name + "]";
  }
}
