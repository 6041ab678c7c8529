package io.dataflare.quality.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.Check;
import io.dataflare.quality.QualityResult;
import io.dataflare.quality.evidence.SurefireResults;
import io.dataflare.quality.evidence.TestCaseResult;
import io.dataflare.quality.fixtures.FixtureProjects;
import io.dataflare.quality.fixtures.Reports;
import io.dataflare.quality.output.QualityJson;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report's content, from the WASM fixture project's real evidence. */
class HtmlReportTests {
  @TempDir static Path temp;
  private static Path project;
  private static String page;
  private static QualityResult quality;

  @BeforeAll
  static void renderTheWasmFixturesReport() {
    project = FixtureProjects.builtWasm(temp);
    // as the report goal does: the score read back from quality.json
    quality = QualityJson.read(QualityJson.write(Reports.quality(project), temp.resolve("q.json")));
    page = Reports.of(project).withQuality(quality).build().render();
  }

  private static int count(String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(page);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  @Test
  void listsEveryCheckWithItsPointsAndHint() {
    for (Check check : quality.checks()) {
      assertThat(page).contains("data-check=\"" + check.id() + "\"");
      if (check.applicable()) {
        assertThat(page).contains(check.points() + " / " + check.maximum());
      }
    }
    assertThat(page).contains("Full points: every function of the module ran.");
  }

  @Test
  void showsChecksThatDoNotApplyAsNotApplicable() {
    assertThat(count("colspan=\"2\">not applicable<")).isEqualTo(2); // contracts, config keys
  }

  @Test
  void headsThePageWithTheScore() {
    assertThat(page).contains("<div class=\"value\">100</div>").contains("out of 100 (rules v1)");
  }

  @Test
  void drawsThroughputLatencyAndInstructionChartsAsInlineSvg() {
    assertThat(count("<svg class=\"chart\"")).isEqualTo(3);
    assertThat(page)
        .contains("aria-label=\"Throughput of error-filter/filter-mixed-1k in records per second\"")
        .contains("aria-label=\"Latency percentiles of one call of error-filter/filter-mixed-1k")
        .contains("aria-label=\"WASM instructions executed per record, per benchmark\"");
    assertThat(count("<circle class=\"fork\"")).isEqualTo(6); // one dot per fork of the run
    assertThat(count("<circle class=\"baseline-fork\"")).isEqualTo(6);
    assertThat(count("<rect class=\"interval\"")).isEqualTo(1);
  }

  @Test
  void givesTheGatesVerdictWithItsReason() {
    assertThat(page).contains("<span class=\"badge ok\">PASS</span>");
    assertThat(page).containsPattern("<td>instructions</td><td><span class=\"badge ok\">PASS");
  }

  @Test
  void listsEveryTestWithItsResult() {
    assertThat(page)
        .contains("7 tests: 7 passed, 0 failed, 0 skipped.")
        .contains("<td>fails-on-a-bang</td>");
  }

  @Test
  void loadsNothingFromAnywhereElse() {
    assertThat(page)
        .doesNotContain("<script")
        .doesNotContain("src=")
        .doesNotContain("href=\"http")
        .doesNotContain("@import")
        .doesNotContain("url(");
  }

  @Test
  void escapesTextThatComesFromTheProject() {
    SurefireResults tests =
        new SurefireResults(
            temp,
            1,
            List.of(
                new TestCaseResult(
                    "s", "<b>bold</b>", TestCaseResult.Status.FAILED, 0.1, "expected \"<x>\"")));

    String rendered = HtmlReport.builder("p<", "1").withTests(tests).build().render();

    assertThat(rendered)
        .contains("&lt;b&gt;bold&lt;/b&gt;")
        .contains("expected &quot;&lt;x&gt;&quot;")
        .contains("<title>p&lt; 1")
        .doesNotContain("<b>bold</b>");
  }

  @Test
  void saysWhatIsMissingWhenNothingWasMeasured() {
    String rendered = HtmlReport.builder("plugin", "1.0").build().render();

    assertThat(rendered)
        .contains("No quality.json")
        .contains("No test results")
        .contains("No benchmark results")
        .doesNotContain("<svg");
  }
}
