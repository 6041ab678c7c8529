package io.dataflare.maven.internal.summary;

import io.dataflare.quality.QualityResult;
import io.dataflare.quality.evidence.EvidenceException;
import io.dataflare.quality.output.QualityJson;
import io.dataflare.quality.report.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A project's quality score and report, as {@code dataflare:quality} and {@code dataflare:report}
 * left them in {@code target/dataflare}.
 *
 * @param project the project's name (its artifactId)
 * @param result its score, or null when the quality goal did not run
 * @param report its {@code report.html}, or null when the report goal did not run
 */
public record ProjectQuality(
    String project, @Nullable QualityResult result, @Nullable Path report) {

  /**
   * Reads a project's score and finds its report in its build directory ({@code target}).
   *
   * @throws IllegalStateException naming the file when {@code quality.json} cannot be read
   */
  public static ProjectQuality read(String project, Path buildDirectory) {
    Path output = buildDirectory.resolve("dataflare");
    Path json = output.resolve(QualityJson.FILE_NAME);
    Path report = output.resolve(HtmlReport.FILE_NAME);
    try {
      return new ProjectQuality(
          project,
          Files.isRegularFile(json) ? QualityJson.read(json) : null,
          Files.isRegularFile(report) ? report : null);
    } catch (EvidenceException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
