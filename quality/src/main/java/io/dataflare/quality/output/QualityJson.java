package io.dataflare.quality.output;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataflare.quality.Backend;
import io.dataflare.quality.Category;
import io.dataflare.quality.Check;
import io.dataflare.quality.CheckRule;
import io.dataflare.quality.CoverageFigure;
import io.dataflare.quality.Gate;
import io.dataflare.quality.QualityResult;
import io.dataflare.quality.QualityRules;
import io.dataflare.quality.evidence.EvidenceException;
import io.dataflare.quality.evidence.StaticFinding;
import io.dataflare.quality.internal.AtomicWrite;
import io.dataflare.quality.internal.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code quality.json}, schema {@value #SCHEMA}: what the marketplace reads. Every check has its
 * id, category, points (null when not applicable), maximum, evidence and hint; the score is null
 * when a gate failed. {@link #read} turns the file back into a {@link QualityResult}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class QualityJson {
  /** The file's schema version. */
  public static final int SCHEMA = 1;

  /** The file name in {@code target/dataflare}. */
  public static final String FILE_NAME = "quality.json";

  private static final TypeReference<Map<String, Object>> EVIDENCE = new TypeReference<>() {};

  private QualityJson() {}

  /** Writes the result atomically and returns the file. */
  public static Path write(QualityResult result, Path file) {
    return AtomicWrite.text(file, render(result));
  }

  /** The result as pretty-printed JSON. */
  public static String render(QualityResult result) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("rulesVersion", result.rulesVersion());
    root.put("plugin", result.plugin());
    root.put("version", result.version());
    root.put("backend", result.backend() == null ? null : result.backend().id());
    root.put("scored", result.scored());
    if (result.score().isPresent()) {
      root.put("score", result.score().getAsDouble());
    } else {
      root.putNull("score");
    }
    root.put("points", result.points());
    root.put("possible", result.possible());
    ArrayNode gates = root.putArray("gates");
    for (Gate gate : result.gates()) {
      gates
          .addObject()
          .put("id", gate.id())
          .put("passed", gate.passed())
          .put("reason", gate.reason());
    }
    ArrayNode categories = root.putArray("categories");
    for (Category category : Category.values()) {
      List<Check> checks = result.checks(category);
      if (checks.isEmpty()) {
        continue;
      }
      categories
          .addObject()
          .put("id", category.id())
          .put("title", category.title())
          .put("points", checks.stream().filter(Check::applicable).mapToInt(Check::points).sum())
          .put("maximum", checks.stream().filter(Check::applicable).mapToInt(Check::maximum).sum());
    }
    ArrayNode checks = root.putArray("checks");
    result.checks().forEach(check -> checks.add(check(check)));
    if (result.coverage() != null) {
      CoverageFigure coverage = result.coverage();
      ObjectNode node = root.putObject("coverage");
      node.put("measure", coverage.measure());
      node.put("percent", coverage.percent());
      node.put("threshold", coverage.threshold());
      node.put("belowThreshold", coverage.belowThreshold());
    } else {
      root.putNull("coverage");
    }
    ArrayNode findings = root.putArray("findings");
    result.findings().forEach(f -> findings.add(finding(f)));
    try {
      return Json.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot render the quality result as JSON", e);
    }
  }

  private static ObjectNode check(Check check) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", check.id());
    node.put("category", check.rule().category().id());
    node.put("title", check.rule().title());
    node.put("status", check.applicable() ? "scored" : "not-applicable");
    if (check.applicable()) {
      node.put("points", check.points());
    } else {
      node.putNull("points");
    }
    node.put("maximum", check.maximum());
    node.set("evidence", Json.MAPPER.valueToTree(check.evidence()));
    node.put("hint", check.hint());
    node.put("earnedBy", check.rule().earnedBy());
    return node;
  }

  private static ObjectNode finding(StaticFinding f) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("tool", f.tool());
    node.put("ruleId", f.ruleId());
    node.put("category", f.category());
    node.put("rank", f.rank());
    node.put("level", f.level().sarif());
    node.put("message", f.message());
    node.put("file", f.file());
    node.put("line", f.line());
    return node;
  }

  /**
   * Reads a {@code quality.json} written by {@link #write}.
   *
   * @throws EvidenceException naming the file when it cannot be read or names unknown checks
   */
  public static QualityResult read(Path file) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new EvidenceException(
          "[" + file + "] is not readable: " + e.getMessage() + "; fix: run dataflare:quality", e);
    }
    List<Gate> gates = new ArrayList<>();
    root.path("gates")
        .forEach(
            g ->
                gates.add(
                    new Gate(
                        g.path("id").asText(),
                        g.path("passed").asBoolean(),
                        g.path("reason").asText())));
    List<Check> checks = new ArrayList<>();
    for (JsonNode c : root.path("checks")) {
      String id = c.path("id").asText();
      CheckRule rule =
          QualityRules.byId(id)
              .orElseThrow(
                  () ->
                      new EvidenceException(
                          "["
                              + file
                              + "] has check ["
                              + id
                              + "], unknown to quality rules version "
                              + QualityRules.VERSION
                              + "; fix: run dataflare:quality again"));
      Map<String, Object> evidence = Json.MAPPER.convertValue(c.path("evidence"), EVIDENCE);
      boolean applicable = c.path("status").asText().equals("scored");
      checks.add(
          new Check(
              rule,
              applicable,
              applicable ? c.path("points").asInt() : 0,
              evidence,
              c.path("hint").asText()));
    }
    List<StaticFinding> findings = new ArrayList<>();
    for (JsonNode f : root.path("findings")) {
      findings.add(
          new StaticFinding(
              f.path("tool").asText(),
              f.path("ruleId").asText(),
              f.path("category").asText(),
              f.path("rank").asInt(),
              StaticFinding.Level.valueOf(
                  f.path("level").asText().toUpperCase(java.util.Locale.ROOT)),
              f.path("message").asText(),
              f.path("file").isNull() ? null : f.path("file").asText(),
              f.path("line").asInt()));
    }
    JsonNode coverage = root.path("coverage");
    return new QualityResult(
        root.path("plugin").asText(),
        root.path("version").asText(),
        root.path("backend").isTextual() ? Backend.fromId(root.path("backend").asText()) : null,
        root.path("rulesVersion").asInt(),
        gates,
        checks,
        findings,
        coverage.isObject()
            ? new CoverageFigure(
                coverage.path("measure").asText(),
                Json.number(coverage, "percent"),
                coverage.path("threshold").asDouble())
            : null);
  }
}
