package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.runtime.PluginManifest;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.properties.internal.CustomProperty;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * A property of a plugin that the {@code dataflare} engine runs as one test: a built-in contract
 * (see {@link PluginContracts}) or a custom property over generated values. Return them from
 * {@code @PluginSpec} methods; they run against the class's {@code @SpecPlugin}.
 *
 * <pre>{@code
 * @PluginSpec
 * PluginProperty keepsOnlyRecordsWithTheNeedle() {
 *   return PluginProperty.forAll(Generators.records())
 *       .named("keeps-only-records-with-the-needle")
 *       .check((plugin, batch) -> {
 *         for (PluginRecord kept : plugin.processBatch(batch).records()) {
 *           assertThat(kept.valueAsString()).contains("error");
 *         }
 *       });
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface PluginProperty {

  /** The test's name: the contract's spec name, or the custom property's name. */
  String name();

  /**
   * Whether this is a built-in contract (its tree segment is {@code contract}, else {@code
   * property}).
   */
  boolean isContract();

  /** Its own number of tries, if it has one. */
  OptionalInt tries();

  /** Its own seed, if it has one. */
  OptionalLong seed();

  /** Why it cannot run for this plugin (e.g. {@code modes} for a native plugin), if it cannot. */
  default Optional<String> notApplicableTo(PluginManifest manifest) {
    return Optional.empty();
  }

  /**
   * Runs the property against the plugin, in runtimes of its own that it closes.
   *
   * @throws io.dataflare.runtime.ManifestException when the plugin's manifest is malformed
   * @throws io.dataflare.runtime.PluginException when the plugin cannot be loaded
   */
  PropertyResult run(PluginSource plugin, PropertyRun run);

  /** Starts a custom property over the values of {@code generator}. */
  static <T> Builder<T> forAll(Generator<T> generator) {
    return new Builder<>(Objects.requireNonNull(generator, "generator"));
  }

  /**
   * Builds a custom property.
   *
   * @param <T> the type of the values
   */
  final class Builder<T> {
    private final Generator<T> generator;
    private String name = "property";
    private OptionalInt tries = OptionalInt.empty();
    private OptionalLong seed = OptionalLong.empty();

    private Builder(Generator<T> generator) {
      this.generator = generator;
    }

    /** The test's name, unique among the properties of its suite. */
    public Builder<T> named(String newName) {
      this.name = Objects.requireNonNull(newName, "name");
      return this;
    }

    /**
     * Its own number of tries.
     *
     * @throws IllegalArgumentException when {@code count} is not positive
     */
    public Builder<T> withTries(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("tries must be at least 1 but was [" + count + "]");
      }
      this.tries = OptionalInt.of(count);
      return this;
    }

    /** Its own seed (a run's {@code dataflare.properties.seed} still overrides it). */
    public Builder<T> withSeed(long newSeed) {
      this.seed = OptionalLong.of(newSeed);
      return this;
    }

    /** The property: {@code check} must hold for the plugin and every generated value. */
    public PluginProperty check(PluginCheck<? super T> check) {
      return new CustomProperty<>(
          name, generator, Objects.requireNonNull(check, "check"), tries, seed);
    }
  }
}
