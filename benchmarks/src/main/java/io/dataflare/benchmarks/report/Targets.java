package io.dataflare.benchmarks.report;

import io.dataflare.benchmarks.report.JmhResults.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The targets, each checked against one JMH run's results. */
final class Targets {
  private static final String[] SAMPLES = {"FILTER", "MAP", "AGGREGATE"};
  private static final String[] SIZES = {"100", "1024"};
  private static final String BIG = "10000";

  private final JmhResults results;
  private final List<Row> rows = new ArrayList<>();

  private Targets(JmhResults results) {
    this.results = results;
  }

  static List<Row> check(JmhResults results) {
    Targets targets = new Targets(results);
    targets.wasmWithinRaw();
    targets.wasmRecordsPerSecond();
    targets.nativeWithinLoop();
    targets.singleRecordMedian();
    targets.pooledVsFresh();
    targets.abiVsJson();
    targets.loads();
    targets.heap();
    targets.allocation();
    targets.parallel();
    targets.engine();
    return targets.rows;
  }

  private void wasmWithinRaw() {
    String target = "WASM filter through the runtime within 10% of the raw Chicory call";
    for (String mode : new String[] {"COMPILED", "INTERPRETER"}) {
      for (String size : SIZES) {
        String[] params = {"sample", "FILTER", "recordBytes", size, "batch", BIG, "mode", mode};
        String workload = size + " B, 10,000 records, " + mode.toLowerCase(Locale.ROOT);
        Optional<Result> runtime =
            results.find("WasmThroughputBenchmark.call", with(params, "runtime"));
        Optional<Result> raw =
            results.find("WasmThroughputBenchmark.call", with(params, "rawChicory"));
        Optional<Result> fromRecords = results.find("RawFromRecordsBenchmark.call", params);
        Optional<Result> withCounter = results.find("RawWithCounterBenchmark.call", params);
        if (runtime.isPresent() && raw.isPresent() && withCounter.isPresent()) {
          withinTenPercentSplit(
              target,
              workload,
              runtime.get(),
              raw.get(),
              withCounter.get(),
              "runtime %s, raw %s: ratio %s (the raw call with the runtime's instruction counter"
                  + " %s: runtime / raw with counter %s, counter / none %s)");
          continue;
        }
        if (runtime.isEmpty() || raw.isEmpty() || fromRecords.isEmpty()) {
          ratioAtMost(target, workload, runtime, raw, "runtime", "raw", 1.10);
          continue;
        }
        withinTenPercentSplit(
            target,
            workload,
            runtime.get(),
            raw.get(),
            fromRecords.get(),
            "runtime %s, raw %s: ratio %s (the raw call fed the same records %s: runtime /"
                + " raw from records %s, records / arrays %s)");
      }
    }
  }

  private void wasmRecordsPerSecond() {
    String target = "WASM filter through the runtime: at least 15 M records/s";
    String workload = "100 B, 10,000 records, compiled";
    Optional<Result> runtime =
        results.find(
            "WasmThroughputBenchmark.call",
            "via",
            "runtime",
            "sample",
            "FILTER",
            "recordBytes",
            "100",
            "batch",
            BIG,
            "mode",
            "COMPILED");
    if (runtime.isEmpty()) {
      rows.add(Row.notMeasured(target, workload));
      return;
    }
    double perSecond = 10_000 / runtime.get().nanos(false) * 1e9;
    rows.add(
        new Row(
            target,
            workload,
            Format.millions(perSecond) + " records/s",
            Row.Verdict.of(perSecond >= 15e6)));
  }

  private void nativeWithinLoop() {
    String target = "Native plugin through the runtime within 10% of the plain loop";
    for (String sample : SAMPLES) {
      for (String size : SIZES) {
        String[] params = {"sample", sample, "recordBytes", size, "batch", BIG};
        String workload = sample.toLowerCase(Locale.ROOT) + ", " + size + " B, 10,000 records";
        Optional<Result> runtime =
            results.find("NativeThroughputBenchmark.call", with(params, "runtime"));
        Optional<Result> direct =
            results.find("NativeThroughputBenchmark.call", with(params, "direct"));
        Optional<Result> loop =
            results.find("NativeThroughputBenchmark.call", with(params, "plainLoop"));
        if (runtime.isEmpty() || direct.isEmpty() || loop.isEmpty()) {
          rows.add(Row.notMeasured(target, workload));
          continue;
        }
        withinTenPercentSplit(
            target,
            workload,
            runtime.get(),
            loop.get(),
            direct.get(),
            "runtime %s, loop %s: ratio %s (the plugin called directly %s: runtime /"
                + " direct %s, direct / loop %s)");
      }
    }
  }

  private void singleRecordMedian() {
    String target = "Single-record call through the runtime: median at most 300 ns";
    Optional<Result> wasm =
        results.find("SingleCallBenchmark.filter", "backend", "WASM", "via", "runtime");
    String workload = "filter, 100 B, compiled";
    if (wasm.isEmpty()) {
      rows.add(Row.notMeasured(target, workload));
      return;
    }
    double median = wasm.get().nanos(true);
    String nativ =
        results
                .find("SingleCallBenchmark.filter", "backend", "NATIVE", "via", "runtime")
                .map(r -> "; native twin " + Format.nanos(r.nanos(true)))
                .orElse("")
            + results
                .find("SingleCallBenchmark.filter", "backend", "WASM", "via", "rawChicory")
                .map(r -> "; raw Chicory call " + Format.nanos(r.nanos(true)))
                .orElse("");
    rows.add(
        new Row(
            target,
            workload,
            "median " + Format.nanos(median) + nativ,
            Row.Verdict.of(median <= 300)));
  }

  private void pooledVsFresh() {
    String target = "Pooled call at least 1,000 times cheaper than a fresh instance per call";
    for (String mode : new String[] {"COMPILED", "INTERPRETER"}) {
      ratioAtLeast(
          target,
          "filter, 1 record of 100 B, " + mode.toLowerCase(Locale.ROOT),
          results.find("PoolingBenchmark.call", "mode", mode, "via", "freshInstance"),
          results.find("PoolingBenchmark.call", "mode", mode, "via", "pooled"),
          "fresh",
          "pooled",
          1_000);
    }
  }

  private void abiVsJson() {
    String target = "Binary ABI at least 5 times faster than JSON";
    for (String size : SIZES) {
      String[] params = {"recordBytes", size, "batch", BIG};
      ratioAtLeast(
          target,
          size + " B, 10,000 records, host side of one round trip",
          results.find("AbiVsJsonBenchmark.roundTrip", with(params, "jsonRoundTrip")),
          results.find("AbiVsJsonBenchmark.roundTrip", with(params, "binaryAbi")),
          "JSON",
          "binary",
          5);
    }
  }

  private void loads() {
    for (String sample : SAMPLES) {
      Optional<Result> raw = results.find("LoadBenchmark.rawColdLoad", "sample", sample);
      atMost(
          "Cold load (parse, compile, first call) at most 50 ms",
          sample.toLowerCase(Locale.ROOT)
              + ", compiled, median of single shots"
              + raw.map(r -> " (Chicory alone: " + Format.nanos(r.nanos(true)) + ")").orElse(""),
          results.find("LoadBenchmark.coldLoad", "sample", sample),
          50e6);
    }
    for (String sample : SAMPLES) {
      atMost(
          "Load from the compile cache at most 50 µs per new instance",
          sample.toLowerCase(Locale.ROOT) + ", a pool growing by 64 instances, per instance",
          results.find("InstanceFromCacheBenchmark.newInstances", "sample", sample),
          50e3);
    }
    Optional<Result> fresh =
        results.find("PoolingBenchmark.call", "mode", "COMPILED", "via", "freshInstance");
    if (fresh.isPresent()) {
      atMost(
          "Load from the compile cache at most 50 µs per new instance",
          "filter, Chicory alone: instantiate the cached compiled module, init, call",
          fresh,
          50e3);
    }
    for (String sample : SAMPLES) {
      atMost(
          "Load from the compile cache at most 50 µs per new instance",
          sample.toLowerCase(Locale.ROOT) + ", new handle + instance + first call, average",
          results.find("LoadBenchmark.cacheHitLoad", "sample", sample),
          50e3);
    }
  }

  private void heap() {
    String target = "8 pooled instances hold at most 16 MB of heap";
    for (String sample : SAMPLES) {
      String workload = sample.toLowerCase(Locale.ROOT) + ", heap used after full GC, delta";
      Optional<Double> bytes =
          results
              .find("PoolHeapBenchmark.eightPooledInstances", "sample", sample)
              .map(r -> r.secondary().get("heapBytes"));
      if (bytes.isEmpty()) {
        rows.add(Row.notMeasured(target, workload));
        continue;
      }
      double mb = bytes.get() / (1024 * 1024);
      measured(target, workload, mb <= 16, "%.2f MB", mb);
    }
  }

  private void allocation() {
    String target = "0 bytes allocated per record for a filter that keeps or drops";
    for (String backend : new String[] {"WASM", "NATIVE"}) {
      for (String shape : new String[] {"ALL_KEPT", "ALL_DROPPED"}) {
        String workload =
            backend.toLowerCase(Locale.ROOT)
                + ", "
                + (shape.equals("ALL_KEPT") ? "keeps all" : "drops all")
                + ", slope from 1 to 10,000 records";
        Optional<Double> one = norm(backend, shape, "1");
        Optional<Double> many = norm(backend, shape, BIG);
        if (one.isEmpty() || many.isEmpty()) {
          rows.add(Row.notMeasured(target, workload));
          continue;
        }
        double perRecord = (many.get() - one.get()) / 9_999;
        measured(
            target,
            workload,
            perRecord < 0.5,
            "%.3f B/record (%.0f B per call of 1, %.0f B per call of 10,000)",
            perRecord,
            one.get(),
            many.get());
      }
    }
  }

  private Optional<Double> norm(String backend, String shape, String batch) {
    return results
        .find("AllocationBenchmark.filter", "backend", backend, "shape", shape, "batch", batch)
        .map(r -> r.secondary().get("gc.alloc.rate.norm"));
  }

  /**
   * Judged on the median of each side's fork means: the suite runs this benchmark in several forks
   * because the one-thread path's forks settle at different speeds; JMH's score (the mean over all
   * forks) is shown too.
   */
  private void parallel() {
    String target = "Parallel batch: at least 1.8 times single-thread throughput";
    for (String batch : new String[] {BIG, "100000"}) {
      String workload = "WASM filter, 100 B, " + batch + " records, 2 instances";
      Optional<Result> one =
          results.find("ParallelBenchmark.call", "batch", batch, "via", "singleThread");
      Optional<Result> two =
          results.find("ParallelBenchmark.call", "batch", batch, "via", "twoInstances");
      if (one.isEmpty() || two.isEmpty()) {
        rows.add(Row.notMeasured(target, workload));
        continue;
      }
      double oneMedian = one.get().medianForkNanos();
      double twoMedian = two.get().medianForkNanos();
      // what chunks alone give: one thread through the chunks a parallel batch cuts
      String chunked =
          results
              .find("ParallelBenchmark.call", "batch", batch, "via", "oneThreadInChunks")
              .map(
                  chunks ->
                      String.format(
                          Locale.ROOT,
                          "; one thread through the same chunks: %s, ratio %s",
                          Format.nanos(chunks.medianForkNanos()),
                          Format.ratio(oneMedian / chunks.medianForkNanos())))
              .orElse("");
      // the machine's ceiling: two busy threads on their own halves, nothing handed over
      String ceiling =
          results
              .find("ParallelCeilingBenchmark.twoThreads", "batch", batch)
              .map(
                  halves ->
                      String.format(
                          Locale.ROOT,
                          "; ceiling, two threads on their own halves in the same chunks: %s,"
                              + " ratio %s",
                          Format.nanos(halves.medianForkNanos()),
                          Format.ratio(oneMedian / halves.medianForkNanos())))
              .orElse("");
      measured(
          target,
          workload,
          oneMedian / twoMedian >= 1.8,
          "median of %d forks' means: one %s, two %s: ratio %s (JMH's scores: one %s,"
              + " two %s: %s)%s%s",
          Math.min(one.get().forkMeans().size(), two.get().forkMeans().size()),
          Format.nanos(oneMedian),
          Format.nanos(twoMedian),
          Format.ratio(oneMedian / twoMedian),
          Format.nanos(one.get().nanos(false)),
          Format.nanos(two.get().nanos(false)),
          Format.ratio(one.get().nanos(false) / two.get().nanos(false)),
          chunked,
          ceiling);
    }
  }

  private void engine() {
    Optional<Result> specs = results.find("EngineBenchmark.run", "via", "specCases");
    Optional<Result> jupiter =
        results.find("EngineBenchmark.run", "via", "handWrittenJupiterTests");
    String target = "1,000 spec cases within 1.2 times the hand-written tests' time";
    String workload = "filter, launcher run, median of single shots";
    if (specs.isEmpty() || jupiter.isEmpty()) {
      rows.add(Row.notMeasured(target, workload));
      return;
    }
    double ratio = specs.get().nanos(true) / jupiter.get().nanos(true);
    measured(
        target,
        workload,
        ratio <= 1.2,
        "specs %s, Jupiter %s: ratio %.2f",
        Format.nanos(specs.get().nanos(true)),
        Format.nanos(jupiter.get().nanos(true)),
        ratio);
  }

  /** {@code params} and the contender ({@code via}). */
  static String[] with(String[] params, String via) {
    String[] all = java.util.Arrays.copyOf(params, params.length + 2);
    all[params.length] = "via";
    all[params.length + 1] = via;
    return all;
  }

  private void ratioAtMost(
      String target,
      String workload,
      Optional<Result> ours,
      Optional<Result> reference,
      String oursName,
      String referenceName,
      double limit) {
    ratio(target, workload, ours, reference, oursName, referenceName, limit, true);
  }

  private void ratioAtLeast(
      String target,
      String workload,
      Optional<Result> slow,
      Optional<Result> fast,
      String slowName,
      String fastName,
      double limit) {
    ratio(target, workload, slow, fast, slowName, fastName, limit, false);
  }

  private void ratio(
      String target,
      String workload,
      Optional<Result> numerator,
      Optional<Result> denominator,
      String numeratorName,
      String denominatorName,
      double limit,
      boolean atMost) {
    if (numerator.isEmpty() || denominator.isEmpty()) {
      rows.add(Row.notMeasured(target, workload));
      return;
    }
    double a = numerator.get().nanos(false);
    double b = denominator.get().nanos(false);
    double ratio = a / b;
    measured(
        target,
        workload,
        atMost ? ratio <= limit : ratio >= limit,
        "%s %s, %s %s: ratio %s",
        numeratorName,
        Format.nanos(a),
        denominatorName,
        Format.nanos(b),
        Format.ratio(ratio));
  }

  /** Adds a row whose figures are {@code format} filled with {@code args}. */
  /**
   * A row met when {@code ours} is within 10% of {@code reference}, split by a contender {@code
   * between} them; {@code format} takes, in order: ours, reference, ours / reference, between, ours
   * / between, between / reference.
   */
  private void withinTenPercentSplit(
      String target,
      String workload,
      Result ours,
      Result reference,
      Result between,
      String format) {
    double o = ours.nanos(false);
    double r = reference.nanos(false);
    double b = between.nanos(false);
    measured(
        target,
        workload,
        o / r <= 1.10,
        format,
        Format.nanos(o),
        Format.nanos(r),
        Format.ratio(o / r),
        Format.nanos(b),
        Format.ratio(o / b),
        Format.ratio(b / r));
  }

  private void measured(
      String target, String workload, boolean met, String format, Object... args) {
    rows.add(
        new Row(target, workload, String.format(Locale.ROOT, format, args), Row.Verdict.of(met)));
  }

  private void atMost(String target, String workload, Optional<Result> result, double nanos) {
    if (result.isEmpty()) {
      rows.add(Row.notMeasured(target, workload));
      return;
    }
    double median = result.get().nanos(true);
    rows.add(new Row(target, workload, Format.nanos(median), Row.Verdict.of(median <= nanos)));
  }
}
