package io.dataflare.bench.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataflare.bench.plan.PlannedBenchmark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;

/**
 * {@code benchmarks.json}: JMH's own JSON result format, written by JMH, with DataFlare's params
 * ({@code plugin}, {@code pluginVersion}, {@code dataSize}, {@code moduleSha256}, {@code
 * inputSha256}) and secondary metrics added to each entry.
 */
final class ResultDocument {
  static final String RECORDS_PER_SECOND = "dataflare.records.per.second";
  static final String ALLOC_BYTES_PER_RECORD = "dataflare.alloc.bytes.per.record";
  static final String INSTRUCTIONS_PER_RECORD = "dataflare.instructions.per.record";

  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultDocument() {}

  /** The JSON entry of one benchmark. */
  static ObjectNode entry(
      RunResult run,
      PlannedBenchmark benchmark,
      ForkFigures figures,
      Optional<InstructionCount> instructions,
      Optional<String> moduleSha256) {
    ObjectNode entry = jmhEntry(run);
    ObjectNode params = objectField(entry, "params");
    params.put("plugin", benchmark.pluginName());
    params.put("pluginVersion", benchmark.pluginVersion());
    // JMH writes every param as a string; ours follow suit.
    params.put("dataSize", String.valueOf(benchmark.dataSize()));
    moduleSha256.ifPresent(sha -> params.put("moduleSha256", sha));
    params.put("inputSha256", benchmark.inputSha256());

    ObjectNode secondary = objectField(entry, "secondaryMetrics");
    secondary.set(RECORDS_PER_SECOND, MetricJson.perFork(figures.recordsPerSecond(), "records/s"));
    figures
        .allocatedBytesPerRecord()
        .ifPresent(
            bytes -> secondary.set(ALLOC_BYTES_PER_RECORD, MetricJson.perFork(bytes, "B/record")));
    instructions.ifPresent(
        count ->
            secondary.set(
                INSTRUCTIONS_PER_RECORD,
                MetricJson.of(
                    List.of(
                        List.of(count.firstPassPerRecord()), List.of(count.secondPassPerRecord())),
                    "instructions/record")));
    return entry;
  }

  /** The whole file: a JSON array of entries, as JMH writes it. */
  static String document(List<ObjectNode> entries) {
    ArrayNode array = MAPPER.createArrayNode();
    entries.forEach(array::add);
    return toJson(array);
  }

  static String toJson(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON", e);
    }
  }

  private static ObjectNode jmhEntry(RunResult run) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(List.of(run));
    }
    try {
      JsonNode written = MAPPER.readTree(bytes.toString(StandardCharsets.UTF_8));
      return (ObjectNode) written.get(0);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("JMH wrote a result this harness cannot read", e);
    }
  }

  private static ObjectNode objectField(ObjectNode entry, String name) {
    JsonNode field = entry.get(name);
    return field instanceof ObjectNode object ? object : entry.putObject(name);
  }
}
