package io.dataflare.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns the suite's JMH JSON into Markdown: the machine, the command, the table of targets (met or
 * missed, with the figures) and the side-by-side tables behind them.
 *
 * <p>Usage: {@code TargetReport <jmh.json> [<load average at start and end>] [<command>]}.
 */
public final class TargetReport {
  private TargetReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: TargetReport <jmh.json> [load average] [command]");
      System.exit(2);
    }
    JmhResults results = JmhResults.read(Path.of(args[0]));
    String load = args.length > 1 ? args[1] : "not recorded";
    String command = args.length > 2 ? args[2] : "not recorded";
    System.out.print(render(results, load, command));
  }

  static String render(JmhResults results, String load, String command) {
    StringBuilder out = new StringBuilder();
    out.append("Measured on ")
        .append(LocalDate.now())
        .append(": ")
        .append(cpu())
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.runtime.version"))
        .append("; load average (1, 5, 15 min) ")
        .append(load)
        .append(".\nCommand: `")
        .append(command)
        .append("`\n\n");
    out.append("| target | workload | measured | verdict |\n|---|---|---|---|\n");
    List<Row> rows = Targets.check(results);
    for (Row row : rows) {
      out.append("| ")
          .append(row.target())
          .append(" | ")
          .append(row.workload())
          .append(" | ")
          .append(row.measured())
          .append(" | ")
          .append(row.verdict().text)
          .append(" |\n");
    }
    out.append("\nWASM samples through the runtime and the raw Chicory call (time per batch):\n\n");
    SideBySide.wasm(results, out);
    out.append(
        "\nNative twins through the runtime, called directly, and the plain Java loop (time per"
            + " batch):\n\n");
    SideBySide.nativ(results, out);
    out.append(
        "\nLinear memories (Chicory's two, the runtime's own), raw call of 10,000 records of 100"
            + " B:\n\n");
    SideBySide.memories(results, out);
    return out.toString();
  }

  private static String cpu() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the architecture is all we know
    }
    return System.getProperty("os.arch");
  }
}
