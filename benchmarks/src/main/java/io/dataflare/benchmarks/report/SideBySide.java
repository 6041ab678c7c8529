package io.dataflare.benchmarks.report;

import io.dataflare.benchmarks.report.JmhResults.Result;
import java.util.Locale;
import java.util.Optional;

/** The full comparison tables behind the targets: every sample, size, batch and mode. */
final class SideBySide {
  private static final String[] SAMPLES = {"FILTER", "MAP", "AGGREGATE"};
  private static final String[] SIZES = {"100", "1024"};
  private static final String[] BATCHES = {"1", "10000"};

  private SideBySide() {}

  static void wasm(JmhResults results, StringBuilder out) {
    out.append(
            "| sample | record | batch | mode | runtime | raw Chicory | ratio | runtime records/s |")
        .append(" runtime alloc/record |\n|---|---|---|---|---|---|---|---|---|\n");
    for (String mode : new String[] {"COMPILED", "INTERPRETER"}) {
      for (String sample : SAMPLES) {
        for (String size : SIZES) {
          for (String batch : BATCHES) {
            String[] params = {"sample", sample, "recordBytes", size, "batch", batch, "mode", mode};
            row(
                out,
                sample + " | " + size + " B | " + batch + " | " + mode.toLowerCase(Locale.ROOT),
                Integer.parseInt(batch),
                results.find("WasmThroughputBenchmark.call", Targets.with(params, "runtime")),
                results.find("WasmThroughputBenchmark.call", Targets.with(params, "rawChicory")));
          }
        }
      }
    }
  }

  /**
   * Native rows with three contenders: through the runtime, the plugin object called directly (the
   * plugin interface without the runtime) and the plain loop; the two ratios split the gap into the
   * runtime's part and the interface's.
   */
  static void nativ(JmhResults results, StringBuilder out) {
    out.append("| sample | record | batch | runtime | direct call | plain loop | runtime / loop |")
        .append(" runtime / direct | direct / loop | runtime alloc/record |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (String sample : SAMPLES) {
      for (String size : SIZES) {
        for (String batch : BATCHES) {
          String[] params = {"sample", sample, "recordBytes", size, "batch", batch};
          Optional<Result> runtime =
              results.find("NativeThroughputBenchmark.call", Targets.with(params, "runtime"));
          Optional<Result> direct =
              results.find("NativeThroughputBenchmark.call", Targets.with(params, "direct"));
          Optional<Result> loop =
              results.find("NativeThroughputBenchmark.call", Targets.with(params, "plainLoop"));
          if (runtime.isEmpty() || direct.isEmpty() || loop.isEmpty()) {
            continue;
          }
          double r = runtime.get().nanos(false);
          double d = direct.get().nanos(false);
          double l = loop.get().nanos(false);
          Double norm = runtime.get().secondary().get("gc.alloc.rate.norm");
          cells(
              out,
              sample + " | " + size + " B | " + batch,
              Format.nanos(r),
              Format.nanos(d),
              Format.nanos(l),
              Format.ratio(r / l),
              Format.ratio(r / d),
              Format.ratio(d / l),
              perRecord(norm, Integer.parseInt(batch)));
        }
      }
    }
  }

  static void memories(JmhResults results, StringBuilder out) {
    out.append(
            "| sample | mode | ByteArrayMemory | ByteBufferMemory (Chicory's default) | ratio |"
                + " the runtime's LinearMemory | ratio |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (String sample : new String[] {"FILTER", "MAP"}) {
      for (String mode : new String[] {"COMPILED", "INTERPRETER"}) {
        Optional<Result> array = memory(results, sample, mode, "BYTE_ARRAY");
        Optional<Result> buffer = memory(results, sample, mode, "BYTE_BUFFER");
        Optional<Result> linear = memory(results, sample, mode, "LINEAR");
        if (array.isEmpty() || buffer.isEmpty()) {
          continue;
        }
        double a = array.get().nanos(false);
        double b = buffer.get().nanos(false);
        out.append("| ")
            .append(sample)
            .append(" | ")
            .append(mode.toLowerCase(Locale.ROOT))
            .append(" | ")
            .append(Format.nanos(a))
            .append(" | ")
            .append(Format.nanos(b))
            .append(" | ")
            .append(Format.ratio(b / a))
            .append(" | ")
            .append(linear.map(l -> Format.nanos(l.nanos(false))).orElse("-"))
            .append(" | ")
            .append(linear.map(l -> Format.ratio(l.nanos(false) / a)).orElse("-"))
            .append(" |\n");
      }
    }
  }

  private static Optional<Result> memory(
      JmhResults results, String sample, String mode, String kind) {
    return results.find(
        "MemoryKindBenchmark.rawCall", "sample", sample, "mode", mode, "withMemory", kind);
  }

  private static void row(
      StringBuilder out,
      String label,
      int records,
      Optional<Result> ours,
      Optional<Result> reference) {
    if (ours.isEmpty() || reference.isEmpty()) {
      return;
    }
    double a = ours.get().nanos(false);
    double b = reference.get().nanos(false);
    Double norm = ours.get().secondary().get("gc.alloc.rate.norm");
    cells(
        out,
        label,
        Format.nanos(a),
        Format.nanos(b),
        Format.ratio(a / b),
        Format.millions(records / a * 1e9),
        perRecord(norm, records));
  }

  /** One table row of these cells. */
  private static void cells(StringBuilder out, String... cells) {
    out.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  /** JMH's allocation per operation, per record; "-" when it was not measured. */
  private static String perRecord(Double allocatedPerOperation, int records) {
    return allocatedPerOperation == null
        ? "-"
        : String.format(Locale.ROOT, "%.1f B", allocatedPerOperation / records);
  }
}
