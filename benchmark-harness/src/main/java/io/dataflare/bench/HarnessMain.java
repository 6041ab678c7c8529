package io.dataflare.bench;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.bench.plan.BenchmarkPlan;
import io.dataflare.bench.plan.PlanException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Runs a benchmark plan file from the command line:
 *
 * <pre>
 * java -cp &lt;project test class path&gt; io.dataflare.bench.HarnessMain \
 *     &lt;plan.json&gt; &lt;outputDir&gt; [smoke|default|thorough] [--option=value ...]
 * </pre>
 *
 * <p>Why a main class: JMH starts each fork with the launching JVM's {@code java.class.path}.
 * Inside Maven that is Maven's own launcher, which holds neither the plugin nor its specs, so the
 * Maven plugin writes the plan (with {@code BenchmarkPlan.write}) and starts this class in a new
 * JVM whose class path is the project's test class path; the forks then inherit it.
 *
 * <p>Options: {@code --forks=N}, {@code --warmup-iterations=N}, {@code --measurement-iterations=N},
 * {@code --iteration-time=200ms} (also {@code 1s} or ISO-8601), {@code --heap=1g}, {@code
 * --no-pretouch}, {@code --no-osr}, {@code --no-instructions}, {@code --jmh-output}.
 *
 * <p>Exit status: 0 when every benchmark ran (missed targets are printed, not failed), 1 when a
 * benchmark failed or the plan is broken, 2 for a usage error.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HarnessMain {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private static final String USAGE_TEXT =
      "usage: HarnessMain <plan.json> <outputDir> [smoke|default|thorough] [--forks=N]"
          + " [--warmup-iterations=N] [--measurement-iterations=N] [--iteration-time=200ms]"
          + " [--heap=1g] [--no-pretouch] [--no-osr] [--no-instructions] [--jmh-output]";

  private HarnessMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the harness as {@link #main} does and returns the exit status instead of exiting. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    BenchmarkHarness harness;
    BenchmarkPlan plan;
    try {
      if (args.length < 2) {
        throw new IllegalArgumentException("a plan file and an output directory are required");
      }
      harness = harness(args, out);
      plan = BenchmarkPlan.read(Path.of(args[0]));
    } catch (IllegalArgumentException e) {
      err.println("[dataflare] " + e.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    } catch (PlanException e) {
      err.println("[dataflare] " + e.getMessage());
      return FAILED;
    }
    out.println("[dataflare] " + plan.size() + " benchmarks, " + harness.describe());
    try {
      HarnessResult result = harness.run(plan);
      out.println(
          "[dataflare] wrote " + result.benchmarksJson() + " and " + result.fingerprintJson());
      List<TargetCheck> missed = result.missedTargets();
      if (!missed.isEmpty()) {
        out.println("[dataflare] " + missed.size() + " targets missed:");
        missed.forEach(check -> out.println("[dataflare]   " + check.message()));
      }
      return OK;
    } catch (HarnessException | PlanException e) {
      err.println("[dataflare] " + e.getMessage());
      return FAILED;
    }
  }

  private static BenchmarkHarness harness(String[] args, PrintStream out) {
    BenchmarkHarness.Builder builder =
        BenchmarkHarness.builder().outputDirectory(Path.of(args[1])).progress(out::println);
    List<String> rest = Arrays.asList(args).subList(2, args.length);
    for (String arg : rest) {
      if (!arg.startsWith("--")) {
        builder.mode(BenchmarkMode.fromName(arg));
      }
    }
    for (String arg : rest) {
      if (arg.startsWith("--")) {
        option(builder, arg);
      }
    }
    return builder.build();
  }

  private static void option(BenchmarkHarness.Builder builder, String arg) {
    int equals = arg.indexOf('=');
    String name = equals < 0 ? arg : arg.substring(0, equals);
    String value = equals < 0 ? "" : arg.substring(equals + 1);
    switch (name) {
      case "--forks" -> builder.forks(number(name, value));
      case "--warmup-iterations" -> builder.warmupIterations(number(name, value));
      case "--measurement-iterations" -> builder.measurementIterations(number(name, value));
      case "--iteration-time" -> builder.iterationTime(duration(name, value));
      case "--heap" -> builder.heapSize(value);
      case "--no-pretouch" -> builder.preTouchHeap(false);
      case "--no-osr" -> builder.onStackReplacement(false);
      case "--no-instructions" -> builder.countInstructions(false);
      case "--jmh-output" -> builder.showJmhOutput(true);
      default -> throw new IllegalArgumentException("unknown option [" + arg + "]");
    }
  }

  private static int number(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "option [" + name + "] needs a whole number but was [" + value + "]");
    }
  }

  /** {@code 200ms}, {@code 2s} or an ISO-8601 duration such as {@code PT0.2S}. */
  static Duration duration(String name, String value) {
    try {
      if (value.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
      }
      if (value.endsWith("s") && !value.startsWith("P")) {
        return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
      }
      return Duration.parse(value);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "option ["
              + name
              + "] needs a duration such as 200ms, 2s or PT0.2S but was ["
              + value
              + "]");
    }
  }
}
