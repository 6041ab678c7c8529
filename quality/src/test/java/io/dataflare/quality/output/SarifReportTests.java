package io.dataflare.quality.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataflare.quality.Backend;
import io.dataflare.quality.QualityResult;
import io.dataflare.quality.evidence.StaticFinding;
import io.dataflare.quality.evidence.StaticFinding.Level;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path BASE = Path.of("/work/plugin");

  private static JsonNode sarif(Backend backend, StaticFinding... findings) throws Exception {
    QualityResult result =
        new QualityResult("p", "1", backend, 1, List.of(), List.of(), List.of(findings), null);
    return JSON.readTree(SarifReport.render(result, BASE));
  }

  private static StaticFinding spotbugs(String rule, int rank, int line) {
    return new StaticFinding(
        "SpotBugs", rule, "CORRECTNESS", rank, Level.WARNING, "msg " + rule, "src/A.java", line);
  }

  @Test
  void isASarif210LogWithOneRunPerTool() throws Exception {
    JsonNode log = sarif(Backend.JAVA, spotbugs("NP", 12, 7));

    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("$schema").asText())
        .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.path("runs")).hasSize(1);
    JsonNode driver = log.path("runs").get(0).path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("SpotBugs");
    assertThat(driver.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
  }

  @Test
  void eachResultHasItsRuleLevelMessageAndLocationRelativeToTheProject() throws Exception {
    JsonNode run =
        sarif(Backend.JAVA, spotbugs("NP", 12, 7), spotbugs("EI", 18, 9), spotbugs("NP", 12, 20))
            .path("runs")
            .get(0);

    assertThat(run.path("tool").path("driver").path("rules")).hasSize(2);
    JsonNode result = run.path("results").get(1);
    assertThat(result.path("ruleId").asText()).isEqualTo("EI");
    assertThat(result.path("ruleIndex").asInt()).isEqualTo(1);
    assertThat(result.path("level").asText()).isEqualTo("warning");
    assertThat(result.path("message").path("text").asText()).isEqualTo("msg EI");
    JsonNode location = result.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("src/A.java");
    assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(9);
    assertThat(result.path("properties").path("rank").asInt()).isEqualTo(18);
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
        .isEqualTo("file:///work/plugin/");
  }

  @Test
  void aFindingWithoutALineHasNoRegion() throws Exception {
    StaticFinding unused =
        new StaticFinding(
            "dataflare-wasm-contract",
            "permissions/unused-grant",
            "PERMISSIONS",
            0,
            Level.WARNING,
            "unused",
            "plugin.toml",
            0);

    JsonNode result = sarif(Backend.WASM, unused).path("runs").get(0).path("results").get(0);

    assertThat(result.path("locations").get(0).path("physicalLocation").has("region")).isFalse();
    assertThat(result.has("properties")).isFalse();
  }

  @Test
  void aToolThatFoundNothingStillHasItsRun() throws Exception {
    JsonNode runs = sarif(Backend.WASM).path("runs");

    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).path("tool").path("driver").path("name").asText())
        .isEqualTo("dataflare-wasm-contract");
    assertThat(runs.get(0).path("results")).isEmpty();
  }
}
