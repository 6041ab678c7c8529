package io.dataflare.baselines.report;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.baselines.gate.GateResult;
import io.dataflare.baselines.internal.AtomicFiles;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/** Writes all three reports of a gate result, each atomically, into one directory. */
@API(status = STABLE, since = "0.1")
public final class RegressionReports {

  /** The Markdown report's file name. */
  public static final String MARKDOWN_FILE = "regression-report.md";

  /** The JSON report's file name. */
  public static final String JSON_FILE = "regression-report.json";

  /** The JUnit XML report's file name (the {@code TEST-*.xml} pattern CI systems look for). */
  public static final String JUNIT_FILE = "TEST-dataflare-regression-gate.xml";

  private RegressionReports() {}

  /**
   * Writes {@value #MARKDOWN_FILE}, {@value #JSON_FILE} and {@value #JUNIT_FILE} into a directory
   * (normally {@code target/dataflare}), creating it if needed.
   *
   * @return the three files, in that order
   */
  public static List<Path> writeAll(GateResult result, Path directory) {
    Path markdown = directory.resolve(MARKDOWN_FILE);
    Path json = directory.resolve(JSON_FILE);
    Path junit = directory.resolve(JUNIT_FILE);
    AtomicFiles.writeString(markdown, MarkdownReport.render(result));
    AtomicFiles.writeString(json, JsonReport.render(result));
    AtomicFiles.writeString(junit, JUnitXmlReport.render(result));
    return List.of(markdown, json, junit);
  }
}
