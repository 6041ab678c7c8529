package io.dataflare.baselines.report;

import static io.dataflare.baselines.fixtures.GateResults.NEW;
import static io.dataflare.baselines.fixtures.GateResults.SLOWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataflare.baselines.fixtures.GateResults;
import org.junit.jupiter.api.Test;

class JsonReportTests {
  private final JsonNode json = parse(JsonReport.render(GateResults.mixed()));

  @Test
  void summaryMatchesTheResult() {
    assertThat(json.get("schema").asInt()).isEqualTo(1);
    assertThat(json.get("mode").asText()).isEqualTo("BASELINE");
    assertThat(json.get("passed").asBoolean()).isFalse();
    assertThat(json.get("failures").asInt()).isEqualTo(2);
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    assertThat(json.get("warnings").asInt()).isEqualTo(1);
    assertThat(json.get("counts").get("REGRESSED").asInt()).isEqualTo(3);
    assertThat(json.get("benchmarksToConfirm")).hasSize(1);
    assertThat(json.get("benchmarksToConfirm").get(0).asText()).isEqualTo(SLOWER);
    assertThat(json.get("missingBenchmarks")).hasSize(1);
    assertThat(json.get("benchmarks")).hasSize(7);
  }

  @Test
  void wallClockMetricHasChangeIntervalPAndForks() {
    JsonNode wall = benchmark(SLOWER).get("metrics").get(0);

    assertThat(wall.get("metric").asText()).isEqualTo("WALL_CLOCK");
    assertThat(wall.get("changePercent").asDouble()).isBetween(19.99, 20.01);
    assertThat(wall.get("interval").get("lowPercent").asDouble()).isGreaterThan(5);
    assertThat(wall.get("interval").get("confidence").asDouble()).isEqualTo(0.95);
    assertThat(wall.get("pValue").asDouble()).isLessThan(0.05);
    assertThat(wall.get("baselineForks").asInt()).isEqualTo(10);
    assertThat(wall.get("rule").get("id").asText()).isEqualTo("wall.regressed");
  }

  @Test
  void benchmarkCarriesNoiseFloorFingerprintAndConfirmation() {
    JsonNode slower = benchmark(SLOWER);

    assertThat(slower.get("noiseFloor").get("estimator").asText()).isEqualTo("default");
    assertThat(slower.get("minimumEffectPercent").asDouble()).isEqualTo(5.0);
    assertThat(slower.get("fingerprint").get("matches").asBoolean()).isTrue();
    assertThat(slower.get("confirmation").asText()).isEqualTo("PENDING");
    assertThat(slower.get("failsBuild").asBoolean()).isTrue();
  }

  @Test
  void numbersThatDoNotExistAreNull() {
    JsonNode wall = benchmark(NEW).get("metrics").get(0);

    assertThat(wall.get("baselineValue").isNull()).isTrue();
    assertThat(wall.get("pValue").isNull()).isTrue();
    assertThat(wall.get("interval").isNull()).isTrue();
  }

  private JsonNode benchmark(String id) {
    for (JsonNode b : json.get("benchmarks")) {
      if (b.get("benchmarkId").asText().equals(id)) {
        return b;
      }
    }
    throw new AssertionError("no benchmark [" + id + "]");
  }

  private static JsonNode parse(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError("The JSON report does not parse:\n" + text, e);
    }
  }
}
