package io.dataflare.bench.internal;

import io.dataflare.bench.HarnessException;
import io.dataflare.bench.plan.PlannedBenchmark;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one plugin benchmark through JMH's Java API: {@link PluginBatchBenchmark} with its id as the
 * parameter, in forked JVMs with the harness's flags, sample-time mode in microseconds, with the gc
 * profiler. JMH's console output is kept so a failure can show its tail.
 */
final class ForkedJmhRun {
  private static final int OUTPUT_TAIL_LINES = 40;

  private ForkedJmhRun() {}

  static RunResult run(
      HarnessSettings settings, PlannedBenchmark benchmark, Path planFile, Path forkInfoFile) {
    Options options = options(settings, benchmark, planFile, forkInfoFile);
    JmhLockWait lockWait = new JmhLockWait(settings.progress());
    while (true) {
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      OutputStream sink =
          settings.showJmhOutput() ? new TeeOutputStream(captured, System.out) : captured;
      PrintStream console = new PrintStream(sink, true, StandardCharsets.UTF_8);
      OutputFormat format = OutputFormatFactory.createFormatInstance(console, VerboseMode.NORMAL);
      try {
        return new Runner(options, format).runSingle();
      } catch (RunnerException | RuntimeException e) {
        if (!JmhLockWait.isLockBusy(e)) {
          throw new HarnessException(
              failureMessage(benchmark, e, captured.toString(StandardCharsets.UTF_8)), e);
        }
        lockWait.pause(benchmark);
      } finally {
        console.flush();
      }
    }
  }

  static Options options(
      HarnessSettings settings, PlannedBenchmark benchmark, Path planFile, Path forkInfoFile) {
    String method = PluginBatchBenchmark.class.getName() + "." + PluginBatchBenchmark.METHOD;
    return new OptionsBuilder()
        .include("^" + Pattern.quote(method) + "$")
        .param(PluginBatchBenchmark.BENCHMARK_ID_PARAM, benchmark.id())
        .mode(Mode.SampleTime)
        .timeUnit(TimeUnit.MICROSECONDS)
        .threads(1)
        .forks(settings.forks())
        .warmupForks(0)
        .warmupIterations(settings.warmupIterations())
        .warmupTime(time(settings.warmupTime()))
        .measurementIterations(settings.measurementIterationsFor(benchmark))
        .measurementTime(time(settings.measurementTime()))
        .addProfiler(GCProfiler.class)
        .jvmArgs(settings.forkJvmArgs().toArray(String[]::new))
        .jvmArgsAppend(
            "-D" + ForkFixture.PLAN_PROPERTY + "=" + planFile,
            "-D" + ForkFixture.FORK_INFO_PROPERTY + "=" + forkInfoFile)
        .shouldFailOnError(true)
        .verbosity(VerboseMode.NORMAL)
        .build();
  }

  private static TimeValue time(Duration duration) {
    return TimeValue.milliseconds(Math.max(1, duration.toMillis()));
  }

  private static String failureMessage(PlannedBenchmark benchmark, Throwable error, String output) {
    return FailureCauses.benchmarkFailure(error)
        .orElseGet(
            () -> {
              List<String> lines = Arrays.asList(output.split("\\R"));
              List<String> tail =
                  lines.subList(Math.max(0, lines.size() - OUTPUT_TAIL_LINES), lines.size());
              return "Benchmark ["
                  + benchmark.id()
                  + "] failed under JMH: "
                  + FailureCauses.rootCause(error)
                  + "\nLast lines of JMH's output:\n  "
                  + String.join("\n  ", tail);
            });
  }

  /** Copies everything written to two streams. */
  private static final class TeeOutputStream extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    TeeOutputStream(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws java.io.IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
      first.write(bytes, offset, length);
      second.write(bytes, offset, length);
    }

    @Override
    public void flush() throws java.io.IOException {
      first.flush();
      second.flush();
    }
  }
}
