package io.dataflare.experiment.pool;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One build of the plugin the experiment measures: the sample itself, or the sample with planted
 * work.
 *
 * @param name short name used in the pool and the report, e.g. {@code slow-5}
 * @param pluginToml the variant's {@code plugin.toml}
 * @param planted what was planted, in words (the measured effect is in the report, not here)
 */
@API(status = INTERNAL, since = "0.1")
public record Variant(String name, Path pluginToml, String planted) {

  /** The previous artifact of every A/B trial: sample 01 as committed. */
  public static final String BASE = "base";

  /** Sample 01 again, measured as a second artifact: the B side of the A/A trials. */
  public static final String TWIN = "base-twin";

  /**
   * The experiment's variants: the sample, its twin, and the planted builds of {@code
   * gate-experiment/variants/} (see {@code build-variants.sh} there).
   *
   * @param root the repository's root folder
   */
  public static List<Variant> standard(Path root) {
    Path sample = root.resolve("samples/01-wasm-filter/plugin.toml");
    Path variants = root.resolve("gate-experiment/variants");
    return List.of(
        new Variant(BASE, sample, "nothing: sample 01 as committed"),
        new Variant(TWIN, sample, "nothing: sample 01 again (A/A)"),
        new Variant(
            "slow-5", variants.resolve("slow-5/plugin.toml"), "planted work aiming at +5% time"),
        new Variant(
            "slow-10", variants.resolve("slow-10/plugin.toml"), "planted work aiming at +10% time"),
        new Variant(
            "instr-1",
            variants.resolve("instr-1/plugin.toml"),
            "planted work aiming just above +1% instructions"));
  }

  /** The variants with these names, in the given order. */
  public static List<Variant> named(List<Variant> all, List<String> names) {
    return names.stream()
        .map(
            name ->
                all.stream()
                    .filter(v -> v.name().equals(name))
                    .findFirst()
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "Unknown variant ["
                                    + name
                                    + "] (fix: use one of "
                                    + all.stream().map(Variant::name).toList()
                                    + ")")))
        .toList();
  }
}
