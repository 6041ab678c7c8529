package io.dataflare.maven.internal;

import io.dataflare.baselines.jmh.JmhResultReader;
import io.dataflare.baselines.store.BaselineStore;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where a plugin project keeps its files: the {@code plugin.toml}, the spec files, the baselines,
 * and the goals' outputs under {@code target/dataflare}.
 */
public final class ProjectLayout {
  /** The manifest's file name in the project's base directory. */
  public static final String MANIFEST = "plugin.toml";

  /** The spec directory when neither the goal nor {@code [test] test_data} names one. */
  public static final String DEFAULT_SPECS_DIRECTORY = "src/test/dataflare";

  /** The plan the benchmark goal hands to the forked harness, kept for confirmation re-runs. */
  public static final String PLAN_FILE = "benchmark-plan.json";

  private final Path baseDirectory;
  private final Path buildDirectory;
  private final @Nullable Path specsDirectory;
  private final @Nullable Path baselinesDirectory;

  private ProjectLayout(
      Path baseDirectory,
      Path buildDirectory,
      @Nullable Path specsDirectory,
      @Nullable Path baselinesDirectory) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    this.buildDirectory = buildDirectory.toAbsolutePath().normalize();
    this.specsDirectory = specsDirectory;
    this.baselinesDirectory = baselinesDirectory;
  }

  /** The layout of a project with this base directory and build directory ({@code target}). */
  public static ProjectLayout of(Path baseDirectory, Path buildDirectory) {
    return new ProjectLayout(baseDirectory, buildDirectory, null, null);
  }

  /** The same layout with the spec files in this directory (relative to the base directory). */
  public ProjectLayout withSpecsDirectory(@Nullable Path directory) {
    return new ProjectLayout(baseDirectory, buildDirectory, resolve(directory), baselinesDirectory);
  }

  /** The same layout with the baselines in this directory (relative to the base directory). */
  public ProjectLayout withBaselinesDirectory(@Nullable Path directory) {
    return new ProjectLayout(baseDirectory, buildDirectory, specsDirectory, resolve(directory));
  }

  public Path baseDirectory() {
    return baseDirectory;
  }

  /** {@code plugin.toml} in the base directory (it may not exist). */
  public Path manifest() {
    return baseDirectory.resolve(MANIFEST);
  }

  /**
   * The spec directory: the configured one, else the {@code [test] test_data} of the project's
   * {@code plugin.toml} (when it parses), else {@value #DEFAULT_SPECS_DIRECTORY}.
   */
  public Path specsDirectory() {
    if (specsDirectory != null) {
      return specsDirectory;
    }
    if (Files.isRegularFile(manifest())) {
      try {
        PluginManifest parsed = ManifestParser.parse(manifest());
        return parsed.directory().resolve(parsed.test().testData()).normalize();
      } catch (RuntimeException malformed) {
        // The validate goal reports the manifest's problems; the default directory still applies.
      }
    }
    return baseDirectory.resolve(DEFAULT_SPECS_DIRECTORY);
  }

  /** Whether the spec directory was configured rather than found. */
  public boolean specsDirectoryConfigured() {
    return specsDirectory != null;
  }

  /**
   * The committed baselines: the configured directory, else {@code src/test/dataflare/baselines}.
   */
  public BaselineStore baselines() {
    return baselinesDirectory != null
        ? BaselineStore.at(baselinesDirectory)
        : BaselineStore.inProject(baseDirectory);
  }

  /** {@code target/dataflare}: every goal's output. */
  public Path outputDirectory() {
    return buildDirectory.resolve("dataflare");
  }

  /** {@code target/dataflare/benchmarks.json}. */
  public Path benchmarksJson() {
    return outputDirectory().resolve(JmhResultReader.BENCHMARKS_FILE);
  }

  /** {@code target/dataflare/benchmark-plan.json}. */
  public Path planFile() {
    return outputDirectory().resolve(PLAN_FILE);
  }

  /** Where the generated spec test class goes: {@code target/generated-test-sources/dataflare}. */
  public Path generatedTestSources() {
    return buildDirectory.resolve("generated-test-sources").resolve("dataflare");
  }

  /** A path as the log shows it: relative to the base directory when it is inside it. */
  public String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(baseDirectory)
        ? baseDirectory.relativize(absolute).toString()
        : absolute.toString();
  }

  private @Nullable Path resolve(@Nullable Path directory) {
    return directory == null ? null : baseDirectory.resolve(directory).normalize();
  }
}
