package io.dataflare.bench.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.PluginBenchmark;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON form of a {@link BenchmarkPlan}: record bytes in base64, durations in ISO-8601. */
final class PlanJson {
  static final int SCHEMA = 1;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlanJson() {}

  static String write(BenchmarkPlan plan) {
    ObjectNode root = MAPPER.createObjectNode().put("schema", SCHEMA);
    ArrayNode benchmarks = root.putArray("benchmarks");
    for (PlannedBenchmark benchmark : plan.benchmarks()) {
      benchmarks.add(toJson(benchmark));
    }
    try {
      return MAPPER.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the benchmark plan as JSON", e);
    }
  }

  private static ObjectNode toJson(PlannedBenchmark benchmark) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", benchmark.id());
    node.put("plugin", benchmark.pluginName());
    node.put("name", benchmark.spec().name());
    node.put("pluginVersion", benchmark.pluginVersion());
    ObjectNode locator = node.putObject("locator");
    if (benchmark.plugin() instanceof PluginLocator.ManifestFile manifest) {
      locator.put("manifest", manifest.pluginToml().toString());
    } else if (benchmark.plugin() instanceof PluginLocator.SpecMethod spec) {
      locator
          .put("specClass", spec.className())
          .put("specMethod", spec.methodName())
          .put("suite", spec.suiteName());
    }
    PluginBenchmark spec = benchmark.spec();
    node.put("dataSize", spec.dataSize());
    node.put("iterations", spec.iterations());
    spec.expectedThroughput().ifPresent(value -> node.put("expectedThroughput", value));
    spec.maxLatency().ifPresent(value -> node.put("maxLatency", value.toString()));
    benchmark.moduleSha256().ifPresent(value -> node.put("moduleSha256", value));
    node.put("inputSha256", benchmark.inputSha256());
    benchmark.source().ifPresent(value -> node.put("source", value));
    ArrayNode input = node.putArray("input");
    for (PluginRecord record : spec.input()) {
      input.add(toJson(record));
    }
    return node;
  }

  private static ObjectNode toJson(PluginRecord record) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("value", Base64.getEncoder().encodeToString(record.valueBytes()));
    record.keyBytes().ifPresent(key -> node.put("key", Base64.getEncoder().encodeToString(key)));
    if (!record.metadata().isEmpty()) {
      ObjectNode metadata = node.putObject("metadata");
      record.metadata().forEach(metadata::put);
    }
    node.put("timestamp", record.timestamp());
    node.put("partition", record.partition());
    node.put("offset", record.offset());
    return node;
  }

  static BenchmarkPlan read(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new PlanException(
          "Cannot read benchmark plan ["
              + file
              + "]: "
              + e.getMessage()
              + " (fix: write it with BenchmarkPlan.write or the dataflare:benchmark goal)",
          e);
    }
    Reader reader = new Reader(file);
    if (root == null || !root.isObject()) {
      throw reader.problem("the file", "is not a JSON object");
    }
    int schema = root.path("schema").asInt(-1);
    if (schema != SCHEMA) {
      throw reader.problem(
          "schema", "is [" + root.path("schema") + "] but this harness reads schema " + SCHEMA);
    }
    List<PlannedBenchmark> benchmarks = new ArrayList<>();
    int index = 0;
    for (JsonNode node : reader.array(root, "benchmarks")) {
      benchmarks.add(reader.benchmark(node, "benchmarks[" + index++ + "]"));
    }
    try {
      return BenchmarkPlan.of(benchmarks);
    } catch (IllegalArgumentException e) {
      throw new PlanException("Benchmark plan [" + file + "] is not valid: " + e.getMessage(), e);
    }
  }

  /** Reads one plan file's nodes, naming the file and field in every problem. */
  private record Reader(Path file) {

    PlannedBenchmark benchmark(JsonNode node, String where) {
      String pluginName = text(node, where, "plugin");
      String name = text(node, where, "name");
      where = where + " (" + pluginName + "/" + name + ")";
      PluginBenchmark.Builder spec =
          PluginBenchmark.builder(name)
              .withDataSize(node.path("dataSize").asInt(0))
              .withIterations(node.path("iterations").asInt(0))
              .withInput(records(node, where));
      if (node.hasNonNull("expectedThroughput")) {
        spec.withExpectedThroughput(node.get("expectedThroughput").asDouble());
      }
      if (node.hasNonNull("maxLatency")) {
        spec.withMaxLatency(duration(node.get("maxLatency").asText(), where + ".maxLatency"));
      }
      PlannedBenchmark benchmark;
      try {
        benchmark =
            PlannedBenchmark.builder(pluginName, locator(node.path("locator"), where), spec.build())
                .pluginVersion(text(node, where, "pluginVersion"))
                .moduleSha256(optionalText(node, "moduleSha256"))
                .source(optionalText(node, "source"))
                .build();
      } catch (IllegalArgumentException e) {
        throw problem(where, e.getMessage());
      }
      String expectedSha = text(node, where, "inputSha256");
      if (!expectedSha.equals(benchmark.inputSha256())) {
        throw problem(
            where + ".inputSha256",
            "is ["
                + expectedSha
                + "] but the input records hash to ["
                + benchmark.inputSha256()
                + "]; the file was changed by hand or by another harness version");
      }
      return benchmark;
    }

    private PluginLocator locator(JsonNode node, String where) {
      if (node.hasNonNull("manifest")) {
        return PluginLocator.manifest(Path.of(node.get("manifest").asText()));
      }
      if (node.hasNonNull("specClass")) {
        String locatorWhere = where + ".locator";
        return PluginLocator.specMethod(
            text(node, locatorWhere, "specClass"),
            text(node, locatorWhere, "specMethod"),
            text(node, locatorWhere, "suite"));
      }
      throw problem(where + ".locator", "names neither a manifest nor a specClass");
    }

    private List<PluginRecord> records(JsonNode node, String where) {
      List<PluginRecord> records = new ArrayList<>();
      int index = 0;
      for (JsonNode record : array(node, "input")) {
        records.add(record(record, where + ".input[" + index++ + "]"));
      }
      return records;
    }

    private PluginRecord record(JsonNode node, String where) {
      PluginRecord.Builder record = PluginRecord.builder().value(base64(node, where, "value"));
      if (node.hasNonNull("key")) {
        record.key(base64(node, where, "key"));
      }
      for (Map.Entry<String, JsonNode> entry : node.path("metadata").properties()) {
        record.metadata(entry.getKey(), entry.getValue().asText());
      }
      return record
          .timestamp(node.path("timestamp").asLong(0))
          .partition(node.path("partition").asInt(0))
          .offset(node.path("offset").asLong(0))
          .build();
    }

    private byte[] base64(JsonNode node, String where, String field) {
      try {
        return Base64.getDecoder().decode(text(node, where, field));
      } catch (IllegalArgumentException e) {
        throw problem(where + "." + field, "is not base64: " + e.getMessage());
      }
    }

    private Duration duration(String text, String where) {
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw problem(where, "[" + text + "] is not an ISO-8601 duration such as PT0.005S");
      }
    }

    Iterable<JsonNode> array(JsonNode node, String field) {
      JsonNode array = node.get(field);
      if (array == null || !array.isArray()) {
        throw problem(field, "is missing or not an array");
      }
      return array;
    }

    private static @Nullable String optionalText(JsonNode node, String field) {
      return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private String text(JsonNode node, String where, String field) {
      JsonNode value = node.get(field);
      if (value == null || !value.isTextual()) {
        throw problem(where + "." + field, "is missing or not text");
      }
      return value.asText();
    }

    PlanException problem(String where, String problem) {
      return new PlanException(
          "Benchmark plan ["
              + file
              + "] at ["
              + where
              + "] "
              + problem
              + " (fix: write the plan again with BenchmarkPlan.write or the dataflare:benchmark"
              + " goal)");
    }
  }
}
