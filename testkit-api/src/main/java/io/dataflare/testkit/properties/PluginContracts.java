package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.legacy.SmartPlugin;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.properties.internal.LegacyClasses;
import io.dataflare.testkit.properties.internal.contracts.ContractProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The built-in contracts a plugin declares, with their settings: the Java form of a spec file's
 * {@code [properties]} table. Return it from a {@code @PluginSpec} method and each contract becomes
 * a test of the class's {@code @SpecPlugin}.
 *
 * <pre>{@code
 * @PluginSpec
 * PluginContracts contracts() {
 *   return PluginContracts.of(Contract.DETERMINISTIC, Contract.BATCH, Contract.POOL_HYGIENE)
 *       .withTwin(PluginSource.manifest(Path.of("twin/plugin.toml")))
 *       .withTries(200);
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PluginContracts implements Iterable<PluginProperty> {
  /** The keys of a {@code [properties]} table. */
  public static final List<String> TABLE_KEYS =
      List.of("contracts", "differential", "legacy", "tries", "seed", "robust_allows");

  private final Set<Contract> contracts;
  private final @Nullable PluginSource twin;
  private final @Nullable Supplier<? extends SmartPlugin> legacy;
  private final OptionalInt tries;
  private final OptionalLong seed;
  private final Set<FailureKind> robustAllows;

  private PluginContracts(
      Set<Contract> contracts,
      @Nullable PluginSource twin,
      @Nullable Supplier<? extends SmartPlugin> legacy,
      OptionalInt tries,
      OptionalLong seed,
      Set<FailureKind> robustAllows) {
    this.contracts = contracts;
    this.twin = twin;
    this.legacy = legacy;
    this.tries = tries;
    this.seed = seed;
    this.robustAllows = robustAllows;
  }

  /** These contracts, in this order (a twin or legacy plugin adds its own). */
  public static PluginContracts of(Contract... contracts) {
    return new PluginContracts(
        new LinkedHashSet<>(Arrays.asList(contracts)),
        null,
        null,
        OptionalInt.empty(),
        OptionalLong.empty(),
        Set.of());
  }

  /**
   * The contracts of a spec file's {@code [properties]} table, as parsed (see {@link #TABLE_KEYS}
   * and {@code docs/properties.md}); a {@code differential} path resolves against {@code
   * directory}.
   *
   * @throws IllegalArgumentException naming the key, the value and the fix when the table is wrong
   */
  public static PluginContracts fromTable(Map<String, ?> table, Path directory) {
    for (String key : table.keySet()) {
      if (!TABLE_KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "[properties] has an unknown key [" + key + "]: use " + String.join(", ", TABLE_KEYS));
      }
    }
    PluginContracts contracts = of();
    for (String name : strings(table, "contracts")) {
      contracts = contracts.with(Contract.fromSpecName(name));
    }
    if (table.get("differential") instanceof String path) {
      contracts = contracts.withTwin(PluginSource.manifest(directory.resolve(path).normalize()));
    } else if (table.containsKey("differential")) {
      throw wrongType("differential", "a path string", "differential = \"twin/plugin.toml\"");
    }
    if (table.get("legacy") instanceof String className) {
      contracts = contracts.withLegacy(LegacyClasses.supplier(className));
    } else if (table.containsKey("legacy")) {
      throw wrongType("legacy", "a class name", "legacy = \"com.example.OldFilter\"");
    }
    if (table.containsKey("tries")) {
      contracts = contracts.withTries((int) number(table, "tries", 1, Integer.MAX_VALUE));
    }
    if (table.containsKey("seed")) {
      contracts = contracts.withSeed(number(table, "seed", Long.MIN_VALUE, Long.MAX_VALUE));
    }
    List<FailureKind> allowed = new ArrayList<>();
    for (String kind : strings(table, "robust_allows")) {
      allowed.add(failureKind(kind));
    }
    contracts = contracts.allowing(allowed.toArray(FailureKind[]::new));
    contracts.properties(); // checks that differential and legacy have what they need
    return contracts;
  }

  /** These contracts and one more. */
  public PluginContracts with(Contract contract) {
    Set<Contract> more = new LinkedHashSet<>(contracts);
    more.add(Objects.requireNonNull(contract, "contract"));
    return new PluginContracts(more, twin, legacy, tries, seed, robustAllows);
  }

  /**
   * The twin the {@code differential} contract compares the plugin with (a WASM plugin's native
   * Java twin, or the other way round); adds {@link Contract#DIFFERENTIAL}.
   */
  public PluginContracts withTwin(PluginSource newTwin) {
    Objects.requireNonNull(newTwin, "twin");
    return new PluginContracts(contracts, newTwin, legacy, tries, seed, robustAllows)
        .with(Contract.DIFFERENTIAL);
  }

  /**
   * The legacy plugin the {@code legacy} contract runs through {@code LegacyPluginAdapter} and
   * directly; adds {@link Contract#LEGACY}. It gets the {@code [config]} of the plugin under test.
   */
  public PluginContracts withLegacy(Supplier<? extends SmartPlugin> newLegacy) {
    Objects.requireNonNull(newLegacy, "legacy");
    return new PluginContracts(contracts, twin, newLegacy, tries, seed, robustAllows)
        .with(Contract.LEGACY);
  }

  /**
   * Tries per contract.
   *
   * @throws IllegalArgumentException when {@code count} is not positive
   */
  public PluginContracts withTries(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("tries must be at least 1 but was [" + count + "]");
    }
    return new PluginContracts(contracts, twin, legacy, OptionalInt.of(count), seed, robustAllows);
  }

  /** A fixed seed (a run's {@code dataflare.properties.seed} still overrides it). */
  public PluginContracts withSeed(long newSeed) {
    return new PluginContracts(
        contracts, twin, legacy, tries, OptionalLong.of(newSeed), robustAllows);
  }

  /** Failure kinds the {@code robust} contract accepts besides {@code PLUGIN_ERROR}. */
  public PluginContracts allowing(FailureKind... kinds) {
    Set<FailureKind> allowed = kinds.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(kinds));
    return new PluginContracts(contracts, twin, legacy, tries, seed, Set.copyOf(allowed));
  }

  /** The contracts, in the order given. */
  public List<Contract> contracts() {
    return List.copyOf(contracts);
  }

  public Optional<PluginSource> twin() {
    return Optional.ofNullable(twin);
  }

  public Optional<Supplier<? extends SmartPlugin>> legacy() {
    return Optional.ofNullable(legacy);
  }

  public OptionalInt tries() {
    return tries;
  }

  public OptionalLong seed() {
    return seed;
  }

  public Set<FailureKind> robustAllows() {
    return robustAllows;
  }

  /**
   * One property per contract, in the order given.
   *
   * @throws IllegalArgumentException when {@code differential} has no twin or {@code legacy} no
   *     legacy plugin
   */
  public List<PluginProperty> properties() {
    if (contracts.contains(Contract.DIFFERENTIAL) && twin == null) {
      throw new IllegalArgumentException(
          "contract [differential] needs a twin to compare with: give differential ="
              + " \"path/to/twin/plugin.toml\" (in Java: withTwin(PluginSource))");
    }
    if (contracts.contains(Contract.LEGACY) && legacy == null) {
      throw new IllegalArgumentException(
          "contract [legacy] needs the legacy plugin: give legacy = \"com.example.OldPlugin\""
              + " (in Java: withLegacy(OldPlugin::new))");
    }
    List<PluginProperty> properties = new ArrayList<>();
    for (Contract contract : contracts) {
      properties.add(new ContractProperty(contract, this));
    }
    return properties;
  }

  @Override
  public Iterator<PluginProperty> iterator() {
    return properties().iterator();
  }

  @Override
  public String toString() {
    return "PluginContracts" + contracts.stream().map(Contract::specName).toList();
  }

  private static List<String> strings(Map<String, ?> table, String key) {
    Object value = table.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof Collection<?> list)
        || !list.stream().allMatch(String.class::isInstance)) {
      throw wrongType(key, "an array of strings", "contracts = [\"deterministic\", \"batch\"]");
    }
    return list.stream().map(String.class::cast).toList();
  }

  private static long number(Map<String, ?> table, String key, long min, long max) {
    if (!(table.get(key) instanceof Number number)
        || number.longValue() < min
        || number.longValue() > max
        || number.doubleValue() != number.longValue()) {
      throw wrongType(key, "a whole number from " + min + " to " + max, key + " = 200");
    }
    return number.longValue();
  }

  private static FailureKind failureKind(String name) {
    try {
      return FailureKind.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "[properties] robust_allows has an unknown failure kind ["
              + name
              + "]: use "
              + Arrays.toString(FailureKind.values()));
    }
  }

  private static IllegalArgumentException wrongType(String key, String expected, String example) {
    return new IllegalArgumentException(
        "[properties] " + key + " must be " + expected + ": write e.g. " + example);
  }
}
