package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.testkit.properties.internal.PropertyRunner;
import io.dataflare.testkit.properties.internal.Seeds;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * A property over generated values, for plain JUnit tests: runs {@code tries} values (the simplest
 * first, then edge cases, then random ones of growing size), shrinks the first failure, and reports
 * the seed that replays it.
 *
 * <pre>{@code
 * Property.forAll(Generators.records())
 *     .withTries(200)
 *     .check(batch -> assertThat(handle.processBatch(batch).succeeded()).isTrue());
 * }</pre>
 *
 * <p>The seed is random unless given by {@link #withSeed} or by the system property {@value #SEED},
 * which overrides it so a failure can be replayed without editing the test; the tries are those
 * given by {@link #withTries}, else the system property {@value #TRIES}, else {@value
 * #DEFAULT_TRIES}.
 *
 * @param <T> the type of the values
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Property<T> {
  /** Replays a run: a seed that every property uses instead of its own. */
  public static final String SEED = "dataflare.properties.seed";

  /** The tries of properties that do not give their own. */
  public static final String TRIES = "dataflare.properties.tries";

  /** Tries when nothing says otherwise. */
  public static final int DEFAULT_TRIES = 100;

  private final Generator<T> generator;
  private final String name;
  private final OptionalInt tries;
  private final OptionalLong seed;

  private Property(Generator<T> generator, String name, OptionalInt tries, OptionalLong seed) {
    this.generator = generator;
    this.name = name;
    this.tries = tries;
    this.seed = seed;
  }

  /** A property over the values of {@code generator}. */
  public static <T> Property<T> forAll(Generator<T> generator) {
    return new Property<>(
        Objects.requireNonNull(generator, "generator"),
        "property",
        OptionalInt.empty(),
        OptionalLong.empty());
  }

  /** The name reports use. */
  public Property<T> named(String newName) {
    return new Property<>(generator, Objects.requireNonNull(newName, "name"), tries, seed);
  }

  /**
   * How many values to try.
   *
   * @throws IllegalArgumentException when {@code count} is not positive
   */
  public Property<T> withTries(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("tries must be at least 1 but was [" + count + "]");
    }
    return new Property<>(generator, name, OptionalInt.of(count), seed);
  }

  /** The seed to draw from, e.g. the one a failure reported. */
  public Property<T> withSeed(long newSeed) {
    return new Property<>(generator, name, tries, OptionalLong.of(newSeed));
  }

  /**
   * Runs the property and reports how it went, failing or not.
   *
   * @throws IllegalArgumentException when the system property {@value #SEED} or {@value #TRIES} is
   *     not a number
   */
  public PropertyResult run(PropertyCheck<? super T> check) {
    Objects.requireNonNull(check, "check");
    long runSeed = systemNumber(SEED).orElse(seed.isPresent() ? seed.getAsLong() : Seeds.fresh());
    int runTries =
        tries.isPresent()
            ? tries.getAsInt()
            : (int)
                Math.max(1, Math.min(Integer.MAX_VALUE, systemNumber(TRIES).orElse(DEFAULT_TRIES)));
    return PropertyRunner.run(name, generator, check, runSeed, runTries);
  }

  /**
   * Runs the property and returns its result when it held.
   *
   * @throws PropertyFailedError with the seed and the shrunk counterexample when it failed
   */
  public PropertyResult check(PropertyCheck<? super T> check) {
    PropertyResult result = run(check);
    if (!result.passed()) {
      throw new PropertyFailedError(
          result,
          "replay it exactly with .withSeed("
              + result.seed()
              + "L) or -D"
              + SEED
              + "="
              + result.seed());
    }
    return result;
  }

  private static OptionalLong systemNumber(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "System property [" + key + "] must be a whole number but was [" + value + "]", e);
    }
  }
}
