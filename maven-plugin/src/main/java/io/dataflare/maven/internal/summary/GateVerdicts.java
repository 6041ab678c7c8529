package io.dataflare.maven.internal.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataflare.baselines.report.RegressionReports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The gate's verdict on each benchmark, read back from {@code regression-report.json}. */
public final class GateVerdicts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GateVerdicts() {}

  /**
   * Verdicts by benchmark id, e.g. {@code PASS} or {@code REGRESSED (warning)}; empty when the gate
   * did not run.
   */
  public static Map<String, String> read(Path outputDirectory) {
    Path report = outputDirectory.resolve(RegressionReports.JSON_FILE);
    Map<String, String> verdicts = new LinkedHashMap<>();
    if (!Files.isRegularFile(report)) {
      return verdicts;
    }
    try {
      for (JsonNode benchmark : JSON.readTree(report.toFile()).path("benchmarks")) {
        String verdict = benchmark.path("verdict").asText();
        if (benchmark.path("warningOnly").asBoolean(false)) {
          verdict += " (warning)";
        }
        verdicts.put(benchmark.path("benchmarkId").asText(), verdict);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read [" + report + "]", e);
    }
    return verdicts;
  }

  /** Whether the gate passed, if it ran. */
  public static Optional<Boolean> passed(Path outputDirectory) {
    Path report = outputDirectory.resolve(RegressionReports.JSON_FILE);
    if (!Files.isRegularFile(report)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(report.toFile()).path("passed").asBoolean());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read [" + report + "]", e);
    }
  }
}
