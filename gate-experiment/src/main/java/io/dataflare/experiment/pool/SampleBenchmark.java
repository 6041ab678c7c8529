package io.dataflare.experiment.pool;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.bench.discovery.BenchmarkDiscovery;
import io.dataflare.bench.plan.PlannedBenchmark;
import io.dataflare.bench.plan.PluginLocator;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apiguardian.api.API;

/**
 * The benchmark the experiment measures: one {@code [[benchmark]]} of sample 01's own spec file,
 * planned once per variant. Every variant gets the sample's input, data size and settings; only the
 * plugin (its {@code plugin.toml} and module) differs, and the plan entry is named after the
 * variant ({@code <variant>/<benchmark>}) so that all variants fit in one plan.
 */
@API(status = INTERNAL, since = "0.1")
public final class SampleBenchmark {
  private final PlannedBenchmark sample;

  private SampleBenchmark(PlannedBenchmark sample) {
    this.sample = sample;
  }

  /**
   * Finds benchmark {@code name} in the spec files of sample 01.
   *
   * @throws IllegalArgumentException naming the benchmarks there when it has none of that name
   */
  public static SampleBenchmark find(Path root, String name) {
    Path specs = root.resolve("samples/01-wasm-filter/src/test/dataflare");
    var plan = BenchmarkDiscovery.builder().specDirectory(specs).build().discover().requirePlan();
    return new SampleBenchmark(
        plan.benchmarks().stream()
            .filter(b -> b.spec().name().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Sample 01 has no benchmark ["
                            + name
                            + "] in "
                            + specs
                            + " (fix: use one of "
                            + plan.benchmarks().stream().map(b -> b.spec().name()).toList()
                            + ")")));
  }

  /** The sample's own id, e.g. {@code error-filter/filter-mixed-1k}: the id the gate judges. */
  public String id() {
    return sample.id();
  }

  /** SHA-256 of the batch every variant processes. */
  public String inputSha256() {
    return sample.inputSha256();
  }

  /** The plan entry of a variant: {@code <variant>/<benchmark>} on the variant's plugin. */
  public PlannedBenchmark plannedFor(Variant variant) {
    return PlannedBenchmark.builder(
            variant.name(), PluginLocator.manifest(variant.pluginToml()), sample.spec())
        .pluginVersion(sample.pluginVersion())
        .moduleSha256(moduleSha256(variant))
        .source(variant.pluginToml().toString())
        .build();
  }

  /** The plan id of a variant's entry. */
  public String idOf(Variant variant) {
    return variant.name() + "/" + sample.spec().name();
  }

  /** The SHA-256 of a variant's WASM module. */
  public static String moduleSha256(Variant variant) {
    PluginManifest manifest = ManifestParser.parse(variant.pluginToml());
    Path module =
        manifest
            .modulePath()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Variant ["
                            + variant.name()
                            + "] has no WASM module in "
                            + variant.pluginToml()
                            + " (fix: set [plugin] module)"));
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(module)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read module [" + module + "]", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no SHA-256", e);
    }
  }
}
