package io.dataflare.engine.execution;

import io.dataflare.runtime.BatchResult;
import io.dataflare.testkit.CaseReport;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * The report entry of a case: {@code latency_ms}, {@code records_in}, {@code records_out}, and
 * {@code instructions} and {@code allocated_bytes} where they were measured.
 */
final class Figures {
  private Figures() {}

  static ReportEntry of(CaseReport report) {
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("latency_ms", millis(report.nanos()));
    figures.put("records_in", Integer.toString(report.recordsIn()));
    figures.put("records_out", Integer.toString(report.recordsOut()));
    if (report.instructions() != BatchResult.NOT_MEASURED) {
      figures.put("instructions", Long.toString(report.instructions()));
    }
    if (report.allocatedBytes() != BatchResult.NOT_MEASURED) {
      figures.put("allocated_bytes", Long.toString(report.allocatedBytes()));
    }
    return ReportEntry.from(figures);
  }

  static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
  }
}
