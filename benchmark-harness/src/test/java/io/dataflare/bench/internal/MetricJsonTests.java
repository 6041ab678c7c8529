package io.dataflare.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricJsonTests {

  @Test
  void perForkMetricHasOneRawDataRowPerForkAndTheirMean() {
    ObjectNode metric = MetricJson.perFork(List.of(1.0, 2.0, 3.0, 4.0, 5.0), "records/s");

    assertThat(metric.get("score").asDouble()).isEqualTo(3.0);
    assertThat(metric.get("scoreUnit").asText()).isEqualTo("records/s");
    assertThat(metric.get("rawData").toString()).isEqualTo("[[1.0],[2.0],[3.0],[4.0],[5.0]]");
    assertThat(metric.get("scorePercentiles").get("50.0").asDouble()).isEqualTo(3.0);
    assertThat(metric.get("scoreConfidence")).hasSize(2);
  }

  @Test
  void valuesJsonCannotHoldAreWrittenAsJmhWritesThem() {
    ObjectNode metric = MetricJson.of(List.of(List.of(7.0), List.of(7.0)), "instructions/record");

    assertThat(metric.get("scoreError").asText()).isEqualTo("NaN");
    assertThat(metric.get("rawData").toString()).isEqualTo("[[7.0],[7.0]]");
  }
}
