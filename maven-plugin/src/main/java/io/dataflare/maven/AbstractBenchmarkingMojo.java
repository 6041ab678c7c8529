package io.dataflare.maven;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.bench.BenchmarkMode;
import io.dataflare.maven.internal.ForkClasspath;
import io.dataflare.maven.internal.HarnessFork;
import io.dataflare.maven.internal.LoadMonitor;
import io.dataflare.maven.internal.MachineLoad;
import io.dataflare.maven.internal.SkipReason;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the goals that start benchmark JVMs share: the mode, the harness options, and the forked JVM
 * on the project's test class path plus this plugin's own dependencies.
 */
@API(status = INTERNAL, since = "0.1")
public abstract class AbstractBenchmarkingMojo extends AbstractDataFlareMojo {

  /** How long to measure: {@code smoke} (seconds, for CI), {@code default} or {@code thorough}. */
  @Parameter(property = "dataflare.benchmark.mode", defaultValue = "default")
  private String mode = "default";

  /** Forked JVMs per benchmark instead of the mode's (the gate needs at least 5). */
  @Parameter(property = "dataflare.benchmark.forks")
  private @Nullable Integer forks;

  /**
   * More harness options, e.g. {@code --heap=512m} or {@code --jmh-output} (see {@code
   * HarnessMain}).
   */
  @Parameter(property = "dataflare.benchmark.options")
  private List<String> harnessOptions = new ArrayList<>();

  /** Options of the JVM that runs the harness (not of JMH's forks), e.g. {@code -Xmx512m}. */
  @Parameter(property = "dataflare.benchmark.jvmArgs")
  private List<String> jvmArgs = new ArrayList<>();

  /** Benchmarks need the test classes: {@code -DskipTests} skips them too. */
  @Parameter(property = "skipTests", defaultValue = "false")
  private boolean skipTests;

  /** Benchmarks need the test classes: {@code -Dmaven.test.skip} skips them too. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  private boolean mavenTestSkip;

  /** This plugin, whose dependencies (the harness, JMH) join the forked JVM's class path. */
  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Override
  protected Optional<String> otherSkipReason() throws MojoExecutionException {
    if (mavenTestSkip) {
      return Optional.of(SkipReason.message(goal(), "maven.test.skip is true"));
    }
    if (skipTests) {
      return Optional.of(SkipReason.message(goal(), "skipTests is true"));
    }
    return Optional.empty();
  }

  /** The configured mode. */
  protected BenchmarkMode mode() throws MojoExecutionException {
    try {
      return BenchmarkMode.fromName(mode);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Property [dataflare.benchmark.mode]: " + e.getMessage(), e);
    }
  }

  /** The mode's forks per benchmark, or the configured number. */
  protected int forks() throws MojoExecutionException {
    return forks != null ? forks : mode().forks();
  }

  /** The options passed on to the harness. */
  protected List<String> harnessOptions() {
    List<String> options = new ArrayList<>();
    if (forks != null) {
      options.add("--forks=" + forks);
    }
    options.addAll(harnessOptions);
    return options;
  }

  /** The forked JVM: this Maven's {@code java} on the project's test class path and the plugin. */
  protected HarnessFork fork() {
    return fork(Path.of(project.getBuild().getOutputDirectory()));
  }

  /**
   * The forked JVM with other main classes in place of the project's {@code target/classes} (the
   * previous artifact of an A/B comparison).
   */
  protected HarnessFork fork(Path mainClasses) {
    List<Artifact> pluginArtifacts = new ArrayList<>(plugin.getArtifacts());
    pluginArtifacts.add(0, plugin.getPluginArtifact());
    ForkClasspath classpath =
        ForkClasspath.of(
            List.of(Path.of(project.getBuild().getTestOutputDirectory()), mainClasses),
            project.getArtifacts(),
            pluginArtifacts);
    return new HarnessFork(HarnessFork.currentJava(), classpath, jvmArgs);
  }

  /** The project's compiled test classes, where Java spec classes are found. */
  protected Path testClassesDirectory() {
    return new File(project.getBuild().getTestOutputDirectory()).toPath();
  }

  /**
   * Runs a command as {@link #runFork} does while sampling the machine's load.
   *
   * @return how busy the machine was meanwhile
   */
  protected MachineLoad runMonitored(List<String> command, String what)
      throws MojoExecutionException {
    try (LoadMonitor monitor = LoadMonitor.start()) {
      runFork(command, what);
      return monitor.stop();
    }
  }

  /**
   * Runs a command in the project's base directory, its output in the build log.
   *
   * @throws MojoExecutionException when the JVM cannot start or exits with a non-zero status
   */
  protected void runFork(List<String> command, String what) throws MojoExecutionException {
    getLog().debug("Starting " + String.join(" ", command));
    int status;
    try {
      status = HarnessFork.execute(command, project.getBasedir().toPath(), getLog()::info);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot start the benchmark JVM [" + command.get(0) + "]: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("Interrupted while " + what, e);
    }
    if (status != 0) {
      throw new MojoExecutionException(
          "The benchmark JVM failed while " + what + ": " + HarnessFork.explainExit(status));
    }
  }
}
