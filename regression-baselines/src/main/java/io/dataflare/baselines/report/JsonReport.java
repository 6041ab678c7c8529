package io.dataflare.baselines.report;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataflare.baselines.gate.BenchmarkVerdict;
import io.dataflare.baselines.gate.ChangeInterval;
import io.dataflare.baselines.gate.GateResult;
import io.dataflare.baselines.gate.MetricVerdict;
import io.dataflare.baselines.gate.Rule;
import io.dataflare.baselines.internal.JsonFields;
import org.apiguardian.api.API;

/**
 * The gate's result with every number, for tools: schema {@value #SCHEMA}. Numbers that do not
 * exist (no p-value for a deterministic metric, no reference for a new benchmark) are {@code null}.
 */
@API(status = STABLE, since = "0.1")
public final class JsonReport {

  /** The report's schema version. */
  public static final int SCHEMA = 1;

  private JsonReport() {}

  /** Renders a gate result as pretty-printed JSON. */
  public static String render(GateResult result) {
    ObjectNode root = JsonFields.MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("mode", result.mode().name());
    root.put("passed", result.passed());
    ObjectNode counts = root.putObject("counts");
    result.counts().forEach((verdict, n) -> counts.put(verdict.name(), n));
    root.put("failures", result.failures().size());
    root.put("errors", result.errors().size());
    root.put("warnings", result.warnings().size());
    root.put("needsConfirmation", result.needsConfirmation());
    ArrayNode confirm = root.putArray("benchmarksToConfirm");
    result.benchmarksToConfirm().forEach(confirm::add);
    ArrayNode missing = root.putArray("missingBenchmarks");
    result.missingBenchmarks().forEach(missing::add);
    ArrayNode benchmarks = root.putArray("benchmarks");
    result.verdicts().forEach(v -> benchmarks.add(benchmark(v)));
    try {
      return JsonFields.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot render the gate result as JSON", e);
    }
  }

  private static ObjectNode benchmark(BenchmarkVerdict v) {
    ObjectNode node = JsonFields.MAPPER.createObjectNode();
    node.put("benchmarkId", v.benchmarkId());
    node.put("plugin", v.plugin());
    node.put("pluginVersion", v.pluginVersion());
    node.put("verdict", v.verdict().name());
    node.put("failsBuild", v.failsBuild());
    node.put("warningOnly", v.isWarning());
    node.set("rule", rule(v.rule()));
    node.put("confirmation", v.confirmation().name());
    ObjectNode noise = node.putObject("noiseFloor");
    noise.put("percent", v.noiseFloor().percent());
    noise.put("estimator", v.noiseFloor().estimator());
    noise.put("runs", v.noiseFloor().runs());
    node.put("minimumEffectPercent", v.minimumEffectPercent());
    ObjectNode fingerprint = node.putObject("fingerprint");
    fingerprint.put("matches", v.fingerprint().matches());
    fingerprint.put("abRun", v.fingerprint().abRun());
    fingerprint.put("description", v.fingerprint().describe());
    ArrayNode differences = fingerprint.putArray("differences");
    v.fingerprint().differences().forEach(differences::add);
    ArrayNode metrics = node.putArray("metrics");
    v.metrics().forEach(m -> metrics.add(metric(m)));
    return node;
  }

  private static ObjectNode metric(MetricVerdict m) {
    ObjectNode node = JsonFields.MAPPER.createObjectNode();
    node.put("metric", m.metric().name());
    node.put("verdict", m.verdict().name());
    node.put("warningOnly", m.warningOnly());
    node.set("rule", rule(m.rule()));
    node.put("unit", m.unit());
    number(node, "baselineValue", m.baselineValue());
    number(node, "currentValue", m.currentValue());
    number(node, "changePercent", m.changePercent());
    ChangeInterval interval = m.interval();
    if (interval == null) {
      node.putNull("interval");
    } else {
      ObjectNode i = node.putObject("interval");
      number(i, "lowPercent", interval.lowPercent());
      number(i, "highPercent", interval.highPercent());
      i.put("confidence", interval.confidence());
    }
    number(node, "pValue", m.pValue());
    node.put("baselineForks", m.baselineForks());
    node.put("currentForks", m.currentForks());
    return node;
  }

  private static ObjectNode rule(Rule rule) {
    ObjectNode node = JsonFields.MAPPER.createObjectNode();
    node.put("id", rule.id());
    node.put("sentence", rule.sentence());
    return node;
  }

  private static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }
}
