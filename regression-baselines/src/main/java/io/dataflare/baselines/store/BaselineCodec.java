package io.dataflare.baselines.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataflare.baselines.Direction;
import io.dataflare.baselines.Fingerprint;
import io.dataflare.baselines.ForkValues;
import io.dataflare.baselines.InstructionCount;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.NoiseFloor;
import io.dataflare.baselines.internal.FingerprintJson;
import io.dataflare.baselines.internal.JsonFields;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a {@link Baseline} (schema {@value Baseline#SCHEMA_VERSION}). Schema 1 had no
 * {@code medianCalls}; such files are read without them.
 */
final class BaselineCodec {

  private BaselineCodec() {}

  static byte[] encode(Baseline baseline) {
    Measurement m = baseline.measurement();
    ObjectNode root = JsonFields.MAPPER.createObjectNode();
    root.put("schema", Baseline.SCHEMA_VERSION);
    root.put("benchmarkId", m.benchmarkId());
    root.put("plugin", m.plugin());
    root.put("pluginVersion", m.pluginVersion());
    root.put("date", baseline.date().toString());
    root.put("dataSize", m.dataSize());
    root.set("wallClock", forks(m.wallClock()));
    ForkValues medianCalls = m.medianCalls();
    root.set("medianCalls", medianCalls == null ? null : forks(medianCalls));
    ForkValues allocation = m.allocationPerRecord();
    root.set("allocationPerRecord", allocation == null ? null : forks(allocation));
    InstructionCount instructions = m.instructionsPerRecord();
    if (instructions == null) {
      root.putNull("instructionsPerRecord");
    } else {
      ObjectNode node = root.putObject("instructionsPerRecord");
      ArrayNode passes = node.putArray("passes");
      instructions.passes().forEach(passes::add);
    }
    root.put("moduleSha256", m.moduleSha256());
    root.put("inputSha256", m.inputSha256());
    ObjectNode noise = root.putObject("noiseFloor");
    noise.put("relative", baseline.noiseFloor().relative());
    noise.put("estimator", baseline.noiseFloor().estimator());
    noise.put("runs", baseline.noiseFloor().runs());
    root.set("fingerprint", FingerprintJson.write(baseline.fingerprint()));
    try {
      return (JsonFields.MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot encode baseline [" + m.benchmarkId() + "]", e);
    }
  }

  private static ObjectNode forks(ForkValues forks) {
    ObjectNode node = JsonFields.MAPPER.createObjectNode();
    node.put("unit", forks.unit());
    node.put("direction", forks.direction().name());
    ArrayNode values = node.putArray("forks");
    forks.values().forEach(values::add);
    return node;
  }

  static Baseline decode(JsonNode root, JsonFields fields) {
    if (!root.isObject()) {
      throw fields.problemAt("", "expected a JSON object with a baseline");
    }
    long schema = fields.integer(root, "schema", "schema");
    if (schema > Baseline.SCHEMA_VERSION) {
      throw fields.problemAt(
          "schema",
          "schema version ["
              + schema
              + "] was written by a newer DataFlare TestKit (this one reads up to "
              + Baseline.SCHEMA_VERSION
              + "): upgrade DataFlare TestKit to read it");
    }
    if (schema < 1) {
      throw fields.problemAt("schema", "schema version [" + schema + "] is not a valid version");
    }
    Measurement measurement =
        Measurement.builder(fields.text(root, "benchmarkId", "benchmarkId"))
            .withPlugin(
                fields.text(root, "plugin", "plugin"),
                fields.text(root, "pluginVersion", "pluginVersion"))
            .withDataSize(dataSize(root, fields))
            .withWallClock(
                forks(fields.object(root, "wallClock", "wallClock"), fields, "wallClock"))
            .withMedianCalls(optionalForks(root, fields, "medianCalls"))
            .withAllocationPerRecord(optionalForks(root, fields, "allocationPerRecord"))
            .withInstructionsPerRecord(instructions(root, fields))
            .withModuleSha256(fields.optionalText(root, "moduleSha256", "moduleSha256"))
            .withInputSha256(fields.optionalText(root, "inputSha256", "inputSha256"))
            .build();
    return new Baseline(
        measurement,
        date(root, fields),
        noiseFloor(fields.object(root, "noiseFloor", "noiseFloor"), fields),
        fingerprint(root, fields));
  }

  private static int dataSize(JsonNode root, JsonFields fields) {
    long size = fields.integer(root, "dataSize", "dataSize");
    if (size < 0 || size > Integer.MAX_VALUE) {
      throw fields.problemAt(
          "dataSize", "field [dataSize] must be a record count but was [" + size + "]");
    }
    return (int) size;
  }

  private static ForkValues forks(JsonNode node, JsonFields fields, String path) {
    String unit = fields.text(node, "unit", path + ".unit");
    String direction = fields.text(node, "direction", path + ".direction");
    Direction parsed;
    try {
      parsed = Direction.valueOf(direction);
    } catch (IllegalArgumentException e) {
      throw fields.problemAt(
          path + ".direction",
          "field ["
              + path
              + ".direction] must be LOWER_IS_BETTER or HIGHER_IS_BETTER but was ["
              + direction
              + "]");
    }
    return new ForkValues(unit, parsed, fields.numbers(node, "forks", path + ".forks"));
  }

  private static @Nullable ForkValues optionalForks(JsonNode root, JsonFields fields, String key) {
    JsonNode node = fields.optionalObject(root, key, key);
    return node == null ? null : forks(node, fields, key);
  }

  private static @Nullable InstructionCount instructions(JsonNode root, JsonFields fields) {
    JsonNode node = fields.optionalObject(root, "instructionsPerRecord", "instructionsPerRecord");
    if (node == null) {
      return null;
    }
    try {
      return new InstructionCount(fields.numbers(node, "passes", "instructionsPerRecord.passes"));
    } catch (IllegalArgumentException e) {
      throw fields.problemAt(
          "instructionsPerRecord.passes",
          "field [instructionsPerRecord.passes]: " + e.getMessage());
    }
  }

  private static Instant date(JsonNode root, JsonFields fields) {
    String text = fields.text(root, "date", "date");
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw fields.problemAt(
          "date",
          "field [date] must be an ISO-8601 instant like 2025-01-31T12:00:00Z but was ["
              + text
              + "]");
    }
  }

  private static NoiseFloor noiseFloor(JsonNode node, JsonFields fields) {
    double relative = fields.number(node, "relative", "noiseFloor.relative");
    if (relative < 0) {
      throw fields.problemAt(
          "noiseFloor.relative",
          "field [noiseFloor.relative] must not be negative but was [" + relative + "]");
    }
    return new NoiseFloor(
        relative,
        fields.text(node, "estimator", "noiseFloor.estimator"),
        (int) fields.integer(node, "runs", "noiseFloor.runs"));
  }

  private static Fingerprint fingerprint(JsonNode root, JsonFields fields) {
    return FingerprintJson.read(
        fields.object(root, "fingerprint", "fingerprint"), fields, "fingerprint.");
  }
}
