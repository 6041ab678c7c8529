package io.dataflare.quality.output;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataflare.quality.Backend;
import io.dataflare.quality.QualityResult;
import io.dataflare.quality.evidence.SpotBugsAnalysis;
import io.dataflare.quality.evidence.StaticFinding;
import io.dataflare.quality.evidence.WasmContractAnalysis;
import io.dataflare.quality.internal.AtomicWrite;
import io.dataflare.quality.internal.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The static-analysis findings as SARIF 2.1.0, which code-scanning tools read: one run per tool
 * (SpotBugs for Java plugins, the module-contract check for WASM plugins), each rule listed once,
 * locations relative to the project ({@code %SRCROOT%}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SarifReport {
  /** The file name in {@code target/dataflare}. */
  public static final String FILE_NAME = "quality.sarif";

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  private SarifReport() {}

  /** Writes the findings atomically and returns the file. */
  public static Path write(QualityResult result, Path baseDirectory, Path file) {
    return AtomicWrite.text(file, render(result, baseDirectory));
  }

  /** The findings of {@code result} as a SARIF log. */
  public static String render(QualityResult result, Path baseDirectory) {
    ObjectNode log = Json.MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ArrayNode runs = log.putArray("runs");
    for (String tool : tools(result)) {
      List<StaticFinding> findings =
          result.findings().stream().filter(f -> f.tool().equals(tool)).toList();
      runs.add(run(tool, findings, baseDirectory));
    }
    try {
      return Json.MAPPER.writeValueAsString(log) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot render SARIF", e);
    }
  }

  private static Set<String> tools(QualityResult result) {
    Set<String> tools = new LinkedHashSet<>();
    if (result.backend() == Backend.JAVA) {
      tools.add(SpotBugsAnalysis.TOOL);
    } else if (result.backend() == Backend.WASM) {
      tools.add(WasmContractAnalysis.TOOL);
    }
    result.findings().forEach(f -> tools.add(f.tool()));
    return tools;
  }

  /** SARIF wants a base URI that ends with {@code /}, whether or not the directory exists. */
  static String directoryUri(Path directory) {
    String uri = directory.toAbsolutePath().normalize().toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  private static ObjectNode run(String tool, List<StaticFinding> findings, Path baseDirectory) {
    ObjectNode run = Json.MAPPER.createObjectNode();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", tool);
    if (tool.equals(SpotBugsAnalysis.TOOL)) {
      driver.put("version", SpotBugsAnalysis.version());
      driver.put("informationUri", "https://spotbugs.github.io/");
    }
    List<String> ruleIds = new ArrayList<>();
    ArrayNode rules = driver.putArray("rules");
    for (StaticFinding finding : findings) {
      if (!ruleIds.contains(finding.ruleId())) {
        ruleIds.add(finding.ruleId());
        ObjectNode rule = rules.addObject();
        rule.put("id", finding.ruleId());
        rule.putObject("properties").put("category", finding.category());
      }
    }
    run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", directoryUri(baseDirectory));
    ArrayNode results = run.putArray("results");
    for (StaticFinding finding : findings) {
      ObjectNode result = results.addObject();
      result.put("ruleId", finding.ruleId());
      result.put("ruleIndex", ruleIds.indexOf(finding.ruleId()));
      result.put("level", finding.level().sarif());
      result.putObject("message").put("text", finding.message());
      if (finding.file() != null) {
        ObjectNode physical =
            result.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", finding.file()).put("uriBaseId", SRCROOT);
        if (finding.line() > 0) {
          physical.putObject("region").put("startLine", finding.line());
        }
      }
      if (finding.rank() > 0) {
        result.putObject("properties").put("rank", finding.rank());
      }
    }
    return run;
  }
}
