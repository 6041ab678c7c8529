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

  /**
   * The previous artifact of every A/B trial: sample 01 with the planted-work hook but no work, so
   * that it has the same code shape as the planted variants.
   */
  public static final String BASE = "base";

  /** The base again, measured as if it were a second artifact: the B side of the A/A trials. */
  public static final String TWIN = "base-twin";

  /**
   * The twin's real forks with every call time × 1.05, made by the analysis (never measured): an
   * exact 5% slowdown on real fork-to-fork noise.
   */
  public static final String TWIN_PLUS_5 = "base-twin×1.05";

  /** The twin's real forks with every call time × 1.10: an exact 10% slowdown on real noise. */
  public static final String TWIN_PLUS_10 = "base-twin×1.10";

  /**
   * Sample 01's pinned first filter, without the hook: shows what a change of code shape alone
   * does.
   */
  public static final String SAMPLE = "sample";

  /**
   * The experiment's variants: the pinned sample ({@code gate-experiment/variants/sample-v1}), the
   * hooked base and its twin, and the planted builds of {@code gate-experiment/variants/} (see
   * {@code build-variants.sh} there), all built on the pinned sample.
   *
   * @param root the repository's root folder
   */
  public static List<Variant> standard(Path root) {
    Path variants = root.resolve("gate-experiment/variants");
    Path base = variants.resolve("base/plugin.toml");
    return List.of(
        new Variant(
            SAMPLE,
            variants.resolve("sample-v1/plugin.toml"),
            "sample 01's byte-by-byte filter, pinned for the experiment (no hook)"),
        new Variant(BASE, base, "the hook, no work"),
        new Variant(TWIN, base, "the hook, no work (A/A)"),
        new Variant(
            "slow-5",
            variants.resolve("slow-5/plugin.toml"),
            "12 rounds per record, aiming at +5%"),
        new Variant(
            "slow-10",
            variants.resolve("slow-10/plugin.toml"),
            "20 rounds per record, aiming at +10%"),
        new Variant(
            "instr-1",
            variants.resolve("instr-1/plugin.toml"),
            "1.5 rounds per record: +21 instructions"));
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
