package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.runtime.internal.ClosestName;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** The built-in compatibility contracts, each checked on generated records for any plugin. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Contract {
  /** The same batches give the same results on a fresh instance and on a reused one. */
  DETERMINISTIC(
      "the same batches give the same results on a fresh instance, on the same instance reused"
          + " after a reset, and (but for aggregates) when run again on it"),
  /**
   * A batch gives what its records give one by one (not for aggregates), and random batch
   * boundaries change nothing (for aggregates: not the last result).
   */
  BATCH(
      "processing a batch gives what processing each record alone gives (but for aggregates), and"
          + " cutting the batch into random parts changes no output (for an aggregate: not its"
          + " last result)"),
  /** Pooled instances leak nothing from one caller to the next, and memory stays bounded. */
  POOL_HYGIENE(
      "a batch run on a pooled instance after other batches gives what it gives on a fresh"
          + " instance, and so does each batch run at once with the others from several threads,"
          + " on an instance each, in random order; and a"
          + " WASM instance's linear memory stops growing when the same batch is run again and"
          + " again"),
  /** The plugin and its twin (e.g. a WASM plugin and its native Java twin) agree. */
  DIFFERENTIAL("the plugin and its twin give the same results for every input"),
  /** A WASM plugin gives the same results in interpreter and compiled mode. */
  MODES("a WASM plugin gives the same results in the interpreter and compiled"),
  /** A legacy plugin run through the adapter agrees with the legacy plugin called directly. */
  LEGACY(
      "a legacy SmartPlugin run by the runtime through LegacyPluginAdapter gives what the legacy"
          + " plugin gives when called directly, record by record"),
  /** Arbitrary bytes never crash or hang the host: a result or a {@code PLUGIN_ERROR}. */
  ROBUST(
      "for any bytes (invalid UTF-8, huge values, odd keys) the plugin returns a result or a"
          + " PLUGIN_ERROR: never a trap, timeout, ABI violation or memory limit (unless allowed),"
          + " and the host never crashes"),
  /**
   * The laws of the plugin's type: a filter keeps records unchanged and filtering twice is
   * filtering once; a map gives one output per record; a filter_map at most one; an aggregate's
   * last result does not depend on batch boundaries.
   */
  LAWS(
      "the laws of the plugin type: a filter keeps input records unchanged and in order, and"
          + " filtering its output again keeps all of it; a map gives exactly one output per"
          + " record; a filter_map at most one, in order; a flat_map keeps source order; an"
          + " aggregate's last result does not depend on batch boundaries");

  private final String description;

  Contract(String description) {
    this.description = description;
  }

  /** The name in spec files: {@code deterministic}, {@code pool_hygiene}... */
  public String specName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the contract checks, in one sentence. */
  public String description() {
    return description;
  }

  /**
   * The contract of a spec-file name.
   *
   * @throws IllegalArgumentException naming the closest contract and all of them when there is none
   */
  public static Contract fromSpecName(String name) {
    for (Contract contract : values()) {
      if (contract.specName().equals(name)) {
        return contract;
      }
    }
    List<String> names = specNames();
    throw new IllegalArgumentException(
        "unknown contract ["
            + name
            + "]: "
            + ClosestName.among(name, names).map(c -> "did you mean [" + c + "]? ").orElse("")
            + "use one of "
            + String.join(", ", names));
  }

  /** Every contract's spec-file name, in order. */
  public static List<String> specNames() {
    return Arrays.stream(values()).map(Contract::specName).collect(Collectors.toList());
  }
}
