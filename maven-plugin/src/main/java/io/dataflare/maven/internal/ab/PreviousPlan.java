package io.dataflare.maven.internal.ab;

import io.dataflare.bench.plan.BenchmarkPlan;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * The plan of the A side: the current plan with each {@code plugin.toml} of the project replaced by
 * the one at the same path in the previous artifact, when it has one (a plugin that packages its
 * manifest and module). Java plugins need no change: their classes come from the previous artifact
 * on the A side's class path.
 */
public final class PreviousPlan {
  private PreviousPlan() {}

  /**
   * The A side's plan.
   *
   * @param current the plan of the current build
   * @param baseDirectory the project's base directory
   * @param previousRoot the previous artifact's contents (a directory)
   * @param notes receives one line per manifest kept from the current build
   */
  public static BenchmarkPlan of(
      BenchmarkPlan current, Path baseDirectory, Path previousRoot, Consumer<String> notes) {
    List<PlannedBenchmark> benchmarks = new ArrayList<>();
    for (PlannedBenchmark b : current.benchmarks()) {
      if (!(b.plugin() instanceof PluginLocator.ManifestFile file)
          || !file.pluginToml().startsWith(baseDirectory.toAbsolutePath().normalize())) {
        benchmarks.add(b);
        continue;
      }
      Path relative = baseDirectory.toAbsolutePath().normalize().relativize(file.pluginToml());
      Path previous = previousRoot.resolve(relative);
      if (!Files.isRegularFile(previous)) {
        notes.accept(
            b.id()
                + ": the previous artifact has no "
                + relative
                + ", so both sides use the current one (package plugin.toml and its module to"
                + " compare WASM plugins)");
        benchmarks.add(b);
        continue;
      }
      PluginManifest manifest = ManifestParser.parse(previous);
      benchmarks.add(copy(b, PluginLocator.manifest(previous), manifest));
    }
    return BenchmarkPlan.of(benchmarks);
  }

  private static PlannedBenchmark copy(
      PlannedBenchmark b, PluginLocator locator, PluginManifest manifest) {
    return PlannedBenchmark.builder(b.pluginName(), locator, b.spec())
        .pluginVersion(manifest.plugin().version())
        .moduleSha256(manifest.modulePath().map(PreviousPlan::sha256).orElse(null))
        .source(b.source().orElse(null))
        .build();
  }

  static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read [" + file + "]", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM has no SHA-256", e);
    }
  }
}
