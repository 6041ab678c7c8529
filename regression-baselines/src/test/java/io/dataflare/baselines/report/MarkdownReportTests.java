package io.dataflare.baselines.report;

import static io.dataflare.baselines.fixtures.GateResults.BROKEN_COUNT;
import static io.dataflare.baselines.fixtures.GateResults.FEW_FORKS;
import static io.dataflare.baselines.fixtures.GateResults.GONE;
import static io.dataflare.baselines.fixtures.GateResults.MORE_WORK;
import static io.dataflare.baselines.fixtures.GateResults.NEW;
import static io.dataflare.baselines.fixtures.GateResults.OTHER_MACHINE;
import static io.dataflare.baselines.fixtures.GateResults.PASSING;
import static io.dataflare.baselines.fixtures.GateResults.SLOWER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.baselines.fixtures.GateResults;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTests {
  private final String markdown = MarkdownReport.render(GateResults.mixed());

  @Test
  void statusLineCountsVerdicts() {
    assertThat(markdown)
        .contains(
            "**FAILED**: 7 benchmarks, 1 pass, 3 regressed, 1 inconclusive, 1 new, 1 error"
                + " (1 as warnings only) (against stored baselines).");
  }

  @Test
  void summaryTableHasOneRowPerBenchmark() {
    List<String> rows = Arrays.stream(markdown.split("\n")).toList();
    int header =
        rows.indexOf(
            "| Benchmark | Verdict | Metric | Change [95% interval] | p | Forks (ref/now) | Rule |");

    assertThat(header).isNotNegative();
    assertThat(rows.subList(header + 2, header + 9)).allMatch(r -> r.startsWith("| `")).hasSize(7);
    assertThat(rows.get(header + 9)).isEmpty();
  }

  @Test
  void slowdownRowShowsChangeIntervalPForksAndRule() {
    String row = rowOf(SLOWER);

    assertThat(row)
        .matches(
            "\\| `error-filter/slower` \\| REGRESSED \\(unconfirmed\\) \\| wall-clock \\| \\+20\\.0% \\[\\+\\d+\\.\\d%, \\+\\d+\\.\\d%\\] \\| (0\\.\\d{4}|< 0\\.0001) \\| 10/10 \\| `wall\\.regressed` \\|");
  }

  @Test
  void failureSaysWhichBenchmarkByHowMuchWhyAndHowToAcceptIt() {
    String failure = lineStartingWith("- Benchmark [" + SLOWER + "]");

    assertThat(failure)
        .contains("(error-filter 1.2.0) regressed: wall-clock +20.0% (wall.regressed).")
        .contains(
            "Slower: +20.0% [",
            "one-sided Mann-Whitney p < 0.0001 (alpha 0.05)", "minimum effect of 5.0%")
        .contains("`mvn dataflare:update-baselines`")
        .contains("`-Ddataflare.failOnRegression=false`");
  }

  @Test
  void instructionFailureGivesTheCounts() {
    assertThat(lineStartingWith("- Benchmark [" + MORE_WORK + "]"))
        .contains("instructions per record +1.5% (instructions.above-tolerance)")
        .contains("from 1000 to 1015 instructions per record");
  }

  @Test
  void frameworkErrorsHaveTheirOwnSection() {
    assertThat(markdown).contains("### Framework errors");
    assertThat(lineStartingWith("- Benchmark [" + BROKEN_COUNT + "]")).contains("Framework error");
  }

  @Test
  void warningsInconclusiveAndNewAreNotedButNotFailures() {
    assertThat(lineStartingWith("- Benchmark [" + OTHER_MACHINE + "]")).contains("Not a failure");
    assertThat(lineStartingWith("- Benchmark [" + FEW_FORKS + "]"))
        .contains("inconclusive (wall.too-few-forks)");
    assertThat(lineStartingWith("- Benchmark [" + NEW + "]")).contains("new (benchmark.new)");
    assertThat(markdown).doesNotContain("- Benchmark [" + PASSING + "]");
  }

  @Test
  void missingBenchmarkIsListed() {
    assertThat(markdown)
        .contains("### Not measured", "- `" + GONE + "` has a reference but did not run");
  }

  @Test
  void everyMetricIsInCollapsedDetails() {
    assertThat(markdown).contains("<details><summary>Every metric</summary>");
    assertThat(markdown.lines().filter(l -> l.startsWith("| `" + PASSING + "` | "))).hasSize(4);
  }

  private String rowOf(String id) {
    return lineStartingWith("| `" + id + "` | ");
  }

  private String lineStartingWith(String prefix) {
    return markdown
        .lines()
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no line starts with [" + prefix + "] in:\n" + markdown));
  }
}
