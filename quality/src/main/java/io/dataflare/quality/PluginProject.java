package io.dataflare.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.runtime.SecurityPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where a plugin project keeps what the score reads. Every location defaults to Maven's layout
 * under the base directory; build tools override what they configure differently.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PluginProject {
  private final Path baseDirectory;
  private final Path manifest;
  private final @Nullable Path specsDirectory;
  private final List<Path> sourceDirectories;
  private final Path classesDirectory;
  private final Path testClassesDirectory;
  private final Path outputDirectory;
  private final Path surefireReports;
  private final Path jacocoExecFile;
  private final Path baselinesDirectory;
  private final List<Path> classpath;
  private final @Nullable ClassLoader testClassLoader;
  private final SecurityPolicy securityPolicy;

  private PluginProject(Builder b) {
    this.baseDirectory = b.baseDirectory;
    this.manifest = b.manifest != null ? b.manifest : b.baseDirectory.resolve("plugin.toml");
    this.specsDirectory = b.specsDirectory;
    this.sourceDirectories =
        List.copyOf(
            b.sourceDirectories != null
                ? b.sourceDirectories
                : List.of(b.baseDirectory.resolve("src/main/java")));
    Path target = b.buildDirectory != null ? b.buildDirectory : b.baseDirectory.resolve("target");
    this.classesDirectory = or(b.classesDirectory, target.resolve("classes"));
    this.testClassesDirectory = or(b.testClassesDirectory, target.resolve("test-classes"));
    this.outputDirectory = or(b.outputDirectory, target.resolve("dataflare"));
    this.surefireReports = or(b.surefireReports, target.resolve("surefire-reports"));
    this.jacocoExecFile = or(b.jacocoExecFile, target.resolve("jacoco.exec"));
    this.baselinesDirectory =
        or(b.baselinesDirectory, b.baseDirectory.resolve("src/test/dataflare/baselines"));
    this.classpath = List.copyOf(b.classpath);
    this.testClassLoader = b.testClassLoader;
    this.securityPolicy = b.securityPolicy;
  }

  private static Path or(@Nullable Path configured, Path fallback) {
    return configured != null ? configured : fallback;
  }

  /** A project in {@code baseDirectory}, with Maven's layout unless told otherwise. */
  public static Builder builder(Path baseDirectory) {
    return new Builder(baseDirectory);
  }

  public Path baseDirectory() {
    return baseDirectory;
  }

  /** The plugin's {@code plugin.toml}. */
  public Path manifest() {
    return manifest;
  }

  /**
   * The directory of TOML spec files, or null for the default: {@code plugin.toml}'s {@code [test]
   * test_data}.
   */
  public @Nullable Path specsDirectory() {
    return specsDirectory;
  }

  /** The Java source directories ({@code src/main/java}). */
  public List<Path> sourceDirectories() {
    return sourceDirectories;
  }

  /** The compiled plugin classes ({@code target/classes}). */
  public Path classesDirectory() {
    return classesDirectory;
  }

  /** The compiled test classes ({@code target/test-classes}), where Java spec classes are. */
  public Path testClassesDirectory() {
    return testClassesDirectory;
  }

  /** Where the harness and gate write and the score is written ({@code target/dataflare}). */
  public Path outputDirectory() {
    return outputDirectory;
  }

  /** Surefire's reports ({@code target/surefire-reports}). */
  public Path surefireReports() {
    return surefireReports;
  }

  /** JaCoCo's execution data ({@code target/jacoco.exec}). */
  public Path jacocoExecFile() {
    return jacocoExecFile;
  }

  /** The committed baselines ({@code src/test/dataflare/baselines}). */
  public Path baselinesDirectory() {
    return baselinesDirectory;
  }

  /** What the plugin's classes compile against (SpotBugs' auxiliary class path). */
  public List<Path> classpath() {
    return classpath;
  }

  /** Loads the project's test classes to read Java spec classes; null leaves them out. */
  public @Nullable ClassLoader testClassLoader() {
    return testClassLoader;
  }

  /** The policy the WASM module's imports are checked against. */
  public SecurityPolicy securityPolicy() {
    return securityPolicy;
  }

  /** Configures a {@link PluginProject}; every location is optional. */
  public static final class Builder {
    private final Path baseDirectory;
    private @Nullable Path manifest;
    private @Nullable Path specsDirectory;
    private @Nullable List<Path> sourceDirectories;
    private @Nullable Path buildDirectory;
    private @Nullable Path classesDirectory;
    private @Nullable Path testClassesDirectory;
    private @Nullable Path outputDirectory;
    private @Nullable Path surefireReports;
    private @Nullable Path jacocoExecFile;
    private @Nullable Path baselinesDirectory;
    private List<Path> classpath = List.of();
    private @Nullable ClassLoader testClassLoader;
    private SecurityPolicy securityPolicy = SecurityPolicy.defaults();

    private Builder(Path baseDirectory) {
      this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory").toAbsolutePath();
    }

    public Builder withManifest(Path pluginToml) {
      this.manifest = pluginToml.toAbsolutePath();
      return this;
    }

    public Builder withSpecsDirectory(@Nullable Path directory) {
      this.specsDirectory = directory;
      return this;
    }

    public Builder withSourceDirectories(List<Path> directories) {
      this.sourceDirectories = List.copyOf(directories);
      return this;
    }

    /** The build directory ({@code target}); the other outputs default to folders in it. */
    public Builder withBuildDirectory(Path directory) {
      this.buildDirectory = directory;
      return this;
    }

    public Builder withClassesDirectory(Path directory) {
      this.classesDirectory = directory;
      return this;
    }

    public Builder withTestClassesDirectory(Path directory) {
      this.testClassesDirectory = directory;
      return this;
    }

    public Builder withOutputDirectory(Path directory) {
      this.outputDirectory = directory;
      return this;
    }

    public Builder withSurefireReports(Path directory) {
      this.surefireReports = directory;
      return this;
    }

    public Builder withJacocoExecFile(Path file) {
      this.jacocoExecFile = file;
      return this;
    }

    public Builder withBaselinesDirectory(Path directory) {
      this.baselinesDirectory = directory;
      return this;
    }

    public Builder withClasspath(List<Path> entries) {
      this.classpath = List.copyOf(entries);
      return this;
    }

    public Builder withTestClassLoader(@Nullable ClassLoader loader) {
      this.testClassLoader = loader;
      return this;
    }

    public Builder withSecurityPolicy(SecurityPolicy policy) {
      this.securityPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    public PluginProject build() {
      return new PluginProject(this);
    }
  }
}
