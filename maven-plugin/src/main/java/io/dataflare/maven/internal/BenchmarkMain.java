package io.dataflare.maven.internal;

import io.dataflare.bench.HarnessMain;
import io.dataflare.bench.discovery.BenchmarkDiscovery;
import io.dataflare.bench.discovery.DiscoveryResult;
import io.dataflare.bench.plan.BenchmarkPlan;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark goal's forked JVM: discovers the project's benchmarks, writes the plan, and runs it
 * with {@link HarnessMain}, all on the project's test class path and in its base directory:
 *
 * <pre>
 * java -cp &lt;test class path + plugin&gt; io.dataflare.maven.internal.BenchmarkMain \
 *     &lt;specsDir&gt; &lt;testClassesDir&gt; &lt;plan.json&gt; &lt;outputDir&gt; &lt;mode&gt; [harness options]
 * </pre>
 *
 * <p>Discovery runs here rather than in Maven because Java spec methods are called to find their
 * benchmarks: they need the project's classes, and paths they give (such as {@code
 * {@literal @}SpecPlugin("plugin.toml")}) are relative to the project's base directory, which is
 * the working directory here as under Surefire.
 *
 * <p>Exit status: that of {@link HarnessMain}; 0 without running it when there is no benchmark; 1
 * when a spec cannot be read; 2 for a usage error.
 */
public final class BenchmarkMain {
  /** The exit status when a spec could not be read. */
  static final int SPEC_PROBLEMS = 1;

  /** The exit status of a usage error. */
  static final int USAGE = 2;

  /** The option that writes the plan without running it. */
  public static final String PLAN_ONLY = "--plan-only";

  private BenchmarkMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs as {@link #main} does and returns the exit status instead of exiting. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 5) {
      err.println(
          "[dataflare] usage: BenchmarkMain <specsDir> <testClassesDir> <plan.json> <outputDir>"
              + " <mode> [harness options]");
      return USAGE;
    }
    Path planFile = Path.of(args[2]);
    DiscoveryResult found =
        BenchmarkDiscovery.builder()
            .specDirectory(Path.of(args[0]))
            .classDirectory(Path.of(args[1]))
            .build()
            .discover();
    found.skipped().forEach(line -> out.println("[dataflare] skipped " + line));
    if (!found.problems().isEmpty()) {
      err.println(
          "[dataflare] "
              + found.problems().size()
              + (found.problems().size() == 1 ? " spec problem" : " spec problems")
              + " kept benchmarks out of the plan:");
      found.problems().forEach(problem -> err.println("[dataflare]   " + problem));
      return SPEC_PROBLEMS;
    }
    BenchmarkPlan plan = found.plan();
    plan.write(planFile);
    List<String> rest = new ArrayList<>(Arrays.asList(args).subList(3, args.length));
    if (rest.remove(PLAN_ONLY)) {
      out.println("[dataflare] wrote the plan of " + plan.size() + " benchmarks to " + planFile);
      return 0;
    }
    if (plan.isEmpty()) {
      out.println(
          "[dataflare] no benchmarks: add a [[benchmark]] to a spec file in ["
              + args[0]
              + "] or return a PluginBenchmark from a @PluginSpec method");
      return 0;
    }
    List<String> harnessArgs = new ArrayList<>();
    harnessArgs.add(planFile.toString());
    harnessArgs.addAll(rest);
    return HarnessMain.run(harnessArgs.toArray(String[]::new), out, err);
  }

  /** Whether a plan file exists and holds at least one benchmark. */
  public static boolean hasBenchmarks(Path planFile) {
    return Files.isRegularFile(planFile) && !BenchmarkPlan.read(planFile).isEmpty();
  }
}
