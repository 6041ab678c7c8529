package io.dataflare.maven.internal;

import io.dataflare.bench.BenchmarkMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Starts {@code io.dataflare.bench.HarnessMain} in a new JVM on the project's test class path, and
 * waits for it. A new JVM because JMH's forks inherit the launching JVM's {@code java.class.path},
 * which inside Maven is Maven's own launcher: it holds neither the plugin under test nor its specs.
 */
public final class HarnessFork {
  /** The harness's entry point. */
  public static final String HARNESS_MAIN = "io.dataflare.bench.HarnessMain";

  /** The entry point that discovers the benchmarks first, then runs the harness. */
  public static final String DISCOVER_AND_RUN_MAIN = BenchmarkMain.class.getName();

  private final Path javaExecutable;
  private final ForkClasspath classpath;
  private final List<String> jvmArgs;

  public HarnessFork(Path javaExecutable, ForkClasspath classpath, List<String> jvmArgs) {
    this.javaExecutable = javaExecutable;
    this.classpath = classpath;
    this.jvmArgs = List.copyOf(jvmArgs);
  }

  /** The {@code java} of the JVM running Maven. */
  public static Path currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /**
   * The command that discovers the project's benchmarks and runs them: {@code java [jvmArgs] -cp
   * ... BenchmarkMain specs testClasses plan out mode [options]}.
   */
  public List<String> discoverAndRun(
      Path specsDirectory,
      Path testClassesDirectory,
      Path planFile,
      Path outputDirectory,
      BenchmarkMode mode,
      List<String> harnessOptions) {
    List<String> command = java(DISCOVER_AND_RUN_MAIN);
    command.add(specsDirectory.toString());
    command.add(testClassesDirectory.toString());
    command.add(planFile.toString());
    command.add(outputDirectory.toString());
    command.add(mode.userName());
    command.addAll(harnessOptions);
    return command;
  }

  /**
   * The command that runs a written plan: {@code java [jvmArgs] -cp ... HarnessMain plan out mode
   * [options]}.
   */
  public List<String> run(
      Path planFile, Path outputDirectory, BenchmarkMode mode, List<String> harnessOptions) {
    List<String> command = java(HARNESS_MAIN);
    command.add(planFile.toString());
    command.add(outputDirectory.toString());
    command.add(mode.userName());
    command.addAll(harnessOptions);
    return command;
  }

  private List<String> java(String mainClass) {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable.toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classpath.asArgument());
    command.add(mainClass);
    return command;
  }

  /**
   * Runs the command in a working directory, passing each line it prints (standard output and
   * error, merged) to {@code lines}, and returns its exit status.
   *
   * @throws IOException when the JVM cannot be started
   * @throws InterruptedException when the build is interrupted; the JVM is destroyed first
   */
  public static int execute(List<String> command, Path workingDirectory, Consumer<String> lines)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.accept(line);
      }
      return process.waitFor();
    } catch (InterruptedException | IOException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw e;
    }
  }

  /** What a non-zero exit status of the harness JVM means, for the build error. */
  public static String explainExit(int status) {
    return switch (status) {
      case 1 -> "a benchmark failed or the plan is broken (the harness's message is above)";
      case 2 ->
          "the harness was started with wrong arguments (a bug in the plugin: please report it)";
      default ->
          "the benchmark JVM crashed or was killed (exit status ["
              + status
              + "]: out of memory, a JVM crash, or a signal; its output is above)";
    };
  }
}
