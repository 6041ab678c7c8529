package io.dataflare.maven.internal.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.Backend;
import io.dataflare.quality.Check;
import io.dataflare.quality.Gate;
import io.dataflare.quality.QualityResult;
import io.dataflare.quality.QualityRules;
import io.dataflare.quality.output.QualityJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary's quality section: each project's score, weakest checks, hints and report. */
class PipelineQualityTests {
  @TempDir Path work;

  private Path project(String name, boolean withReport) throws Exception {
    Path build = work.resolve(name).resolve("target");
    QualityResult result =
        new QualityResult(
            "error-filter",
            "0.1.0",
            Backend.WASM,
            QualityRules.VERSION,
            List.of(
                Gate.passed(Gate.MANIFEST, "ok"),
                Gate.passed(Gate.BUILD, "ok"),
                Gate.passed(Gate.TESTS, "ok")),
            List.of(
                Check.scored(QualityRules.TESTS_CASES, 10, Map.of(), "Full points: 5 cases."),
                Check.scored(QualityRules.DOCS_README, 0, Map.of(), "Add a README.md."),
                Check.scored(QualityRules.DOCS_CHANGELOG, 0, Map.of(), "Add a CHANGELOG.md.")),
            List.of(),
            null);
    QualityJson.write(result, build.resolve("dataflare/quality.json"));
    if (withReport) {
      Files.writeString(build.resolve("dataflare/report.html"), "<!DOCTYPE html>");
    }
    return build;
  }

  @Test
  void endsWithEachProjectsScoreWeakestChecksAndReport() throws Exception {
    Path build = project("sample-01", true);

    List<String> lines =
        PipelineSummary.render(
            List.of(ProjectResults.read("sample-01", build)),
            List.of(ProjectQuality.read("sample-01", build)),
            work);

    assertThat(lines)
        .containsSequence(
            "",
            "Quality scores (how to earn each point: docs/quality.md):",
            "sample-01: 55.6 / 100 (10 of 18 points, rules v1)",
            "  docs.readme 0/4: Add a README.md.",
            "  docs.changelog 0/4: Add a CHANGELOG.md.",
            "  report: sample-01/target/dataflare/report.html");
  }

  @Test
  void aProjectThatWasNotScoredSaysSo() {
    Path build = work.resolve("sample-02/target");

    List<String> lines =
        PipelineSummary.render(
            List.of(ProjectResults.read("sample-02", build)),
            List.of(ProjectQuality.read("sample-02", build)),
            work);

    assertThat(lines).endsWith("sample-02: no quality score (dataflare:quality did not run)");
  }
}
