package io.dataflare.bench.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataflare.bench.BenchmarkOutcome;
import io.dataflare.bench.TargetCheck;
import java.util.List;

/** {@code targets.json}: every target check of a run, for the quality score and reports. */
final class TargetsJson {
  private TargetsJson() {}

  static String write(List<BenchmarkOutcome> outcomes) {
    ObjectNode root = ResultDocument.MAPPER.createObjectNode().put("schema", 1);
    ArrayNode checks = root.putArray("checks");
    for (BenchmarkOutcome outcome : outcomes) {
      for (TargetCheck check : outcome.targetChecks()) {
        checks
            .addObject()
            .put("benchmarkId", check.benchmarkId())
            .put("target", check.target().specKey())
            .put("unit", check.target().unit())
            .put("expected", check.expected())
            .put("actual", check.actual())
            .put("met", check.met())
            .put("missPercent", check.missPercent())
            .put("message", check.message());
      }
    }
    return ResultDocument.toJson(root);
  }
}
