package io.dataflare.quality.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataflare.quality.Backend;
import io.dataflare.quality.Check;
import io.dataflare.quality.CoverageFigure;
import io.dataflare.quality.Gate;
import io.dataflare.quality.QualityResult;
import io.dataflare.quality.QualityRules;
import io.dataflare.quality.evidence.EvidenceException;
import io.dataflare.quality.evidence.StaticFinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityJsonTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  private static QualityResult result(boolean testsPass) {
    return new QualityResult(
        "keyword-filter",
        "1.2.0",
        Backend.JAVA,
        QualityRules.VERSION,
        List.of(
            Gate.passed(Gate.MANIFEST, "plugin.toml is valid"),
            Gate.passed(Gate.BUILD, "compiled"),
            testsPass ? Gate.passed(Gate.TESTS, "7 tests") : Gate.failed(Gate.TESTS, "1 failed")),
        List.of(
            Check.scored(
                QualityRules.COVERAGE_LINES,
                9,
                Map.of("coveredLines", 19, "totalLines", 20, "gaps", List.of("A.java line 3")),
                "Cover 1 more line"),
            Check.notApplicable(
                QualityRules.TESTS_CONTRACTS, Map.of("suites", 0), "none declared")),
        List.of(
            new StaticFinding(
                "SpotBugs",
                "NP",
                "CORRECTNESS",
                7,
                StaticFinding.Level.ERROR,
                "null",
                "A.java",
                3)),
        new CoverageFigure("line coverage", 95.0, 60));
  }

  @Test
  void writesEveryCheckWithItsIdPointsMaximumEvidenceAndHint() throws Exception {
    JsonNode root = JSON.readTree(QualityJson.render(result(true)));

    assertThat(root.path("schema").asInt()).isEqualTo(1);
    assertThat(root.path("rulesVersion").asInt()).isEqualTo(QualityRules.VERSION);
    assertThat(root.path("score").asDouble()).isEqualTo(90.0);
    JsonNode lines = root.path("checks").get(0);
    assertThat(lines.path("id").asText()).isEqualTo("coverage.lines");
    assertThat(lines.path("points").asInt()).isEqualTo(9);
    assertThat(lines.path("maximum").asInt()).isEqualTo(10);
    assertThat(lines.path("evidence").path("totalLines").asInt()).isEqualTo(20);
    assertThat(lines.path("hint").asText()).isEqualTo("Cover 1 more line");
    assertThat(root.path("categories").get(0).path("id").asText()).isEqualTo("tests");
  }

  @Test
  void aCheckThatDoesNotApplyHasNullPointsAndSaysSo() throws Exception {
    JsonNode contracts = JSON.readTree(QualityJson.render(result(true))).path("checks").get(1);

    assertThat(contracts.path("status").asText()).isEqualTo("not-applicable");
    assertThat(contracts.path("points").isNull()).isTrue();
    assertThat(contracts.path("hint").asText()).isEqualTo("none declared");
  }

  @Test
  void aPluginFailingAGateHasANullScoreAndTheGatesReason() throws Exception {
    JsonNode root = JSON.readTree(QualityJson.render(result(false)));

    assertThat(root.path("scored").asBoolean()).isFalse();
    assertThat(root.path("score").isNull()).isTrue();
    assertThat(root.path("gates").get(2).path("reason").asText()).isEqualTo("1 failed");
  }

  @Test
  void readsBackWhatItWrote() {
    QualityResult written = result(true);

    QualityResult read = QualityJson.read(QualityJson.write(written, temp.resolve("quality.json")));

    assertThat(read).usingRecursiveComparison().isEqualTo(written);
  }

  @Test
  void aFileWithAnUnknownCheckIsRefusedNamingIt() throws Exception {
    Path file = temp.resolve("quality.json");
    Files.writeString(
        file,
        QualityJson.render(result(true)).replace("\"coverage.lines\"", "\"coverage.mutants\""));

    assertThatThrownBy(() -> QualityJson.read(file))
        .isInstanceOf(EvidenceException.class)
        .hasMessageContaining("[coverage.mutants]");
  }
}
