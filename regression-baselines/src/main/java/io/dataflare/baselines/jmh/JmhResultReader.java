package io.dataflare.baselines.jmh;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataflare.baselines.Direction;
import io.dataflare.baselines.Fingerprint;
import io.dataflare.baselines.ForkValues;
import io.dataflare.baselines.InstructionCount;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.MeasurementSet;
import io.dataflare.baselines.internal.FingerprintJson;
import io.dataflare.baselines.internal.JsonFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads the harness's output: {@code benchmarks.json} in JMH's own JSON result format and the
 * {@code fingerprint.json} beside it.
 *
 * <p>Per JMH entry: the benchmark id is {@code params.benchmarkId} (without it: the benchmark
 * method and its parameters); plugin, version, data size and hashes come from {@code
 * params.plugin}, {@code pluginVersion}, {@code dataSize}, {@code moduleSha256} and {@code
 * inputSha256}. The primary metric becomes one value per fork (mean of the fork's iterations, or in
 * sample mode the count-weighted mean of the fork's histogram); its direction follows from its
 * unit. In sample mode each fork's median call also becomes one value per fork. Secondary metrics:
 * {@value #ALLOCATION_PER_RECORD} (or, without it, {@value #GC_ALLOC_RATE_NORM} divided by the data
 * size) per fork, and {@value #INSTRUCTIONS_PER_RECORD} per counting pass.
 */
@API(status = STABLE, since = "0.1")
public final class JmhResultReader {

  /** The results file's name in the harness's output directory. */
  public static final String BENCHMARKS_FILE = "benchmarks.json";

  /** The fingerprint file's name in the harness's output directory. */
  public static final String FINGERPRINT_FILE = "fingerprint.json";

  /** Secondary metric: allocated bytes per record, one value per fork. */
  public static final String ALLOCATION_PER_RECORD = "dataflare.alloc.bytes.per.record";

  /** Secondary metric: WASM instructions per record, one value per counting pass. */
  public static final String INSTRUCTIONS_PER_RECORD = "dataflare.instructions.per.record";

  /** JMH's gc profiler metric: allocated bytes per operation (a batch call). */
  public static final String GC_ALLOC_RATE_NORM = "gc.alloc.rate.norm";

  private static final String FIX =
      "Re-run the benchmarks with `mvn dataflare:benchmark` to rewrite it";

  private JmhResultReader() {}

  /**
   * Reads {@value #BENCHMARKS_FILE} and, when present, {@value #FINGERPRINT_FILE} from a directory
   * (normally {@code target/dataflare}). Without a fingerprint file the fingerprint is unknown, so
   * wall-clock verdicts against a baseline are only warnings.
   *
   * @throws io.dataflare.baselines.DataFileException when a file is missing or broken
   */
  public static MeasurementSet readDirectory(Path directory) {
    Path fingerprint = directory.resolve(FINGERPRINT_FILE);
    return read(directory.resolve(BENCHMARKS_FILE), Files.exists(fingerprint) ? fingerprint : null);
  }

  /**
   * Reads a JMH JSON results file and an optional fingerprint file.
   *
   * @throws io.dataflare.baselines.DataFileException when a file is missing or broken
   */
  public static MeasurementSet read(Path benchmarksJson, @Nullable Path fingerprintJson) {
    Fingerprint fingerprint =
        fingerprintJson == null ? Fingerprint.unknown() : readFingerprint(fingerprintJson);
    JsonFields fields = new JsonFields("Benchmark results file", benchmarksJson, FIX);
    JsonNode root = fields.readTree();
    if (!root.isArray()) {
      throw fields.problem("expected JMH's JSON format: an array of benchmark results");
    }
    List<Measurement> measurements = new ArrayList<>();
    Map<String, Integer> entryOfId = new HashMap<>();
    for (int i = 0; i < root.size(); i++) {
      Measurement m = readEntry(fields, root.get(i), "[" + i + "].");
      Integer earlier = entryOfId.putIfAbsent(m.benchmarkId(), i);
      if (earlier != null) {
        throw fields.problem(
            "benchmark id ["
                + m.benchmarkId()
                + "] appears in entries ["
                + earlier
                + "] and ["
                + i
                + "]: ids must be unique");
      }
      measurements.add(m);
    }
    return new MeasurementSet(measurements, fingerprint);
  }

  /**
   * Reads a {@code fingerprint.json}.
   *
   * @throws io.dataflare.baselines.DataFileException when it is missing or broken
   */
  public static Fingerprint readFingerprint(Path fingerprintJson) {
    JsonFields fields = new JsonFields("Fingerprint file", fingerprintJson, FIX);
    JsonNode root = fields.readTree();
    if (!root.isObject()) {
      throw fields.problem("expected an object with the machine's fingerprint");
    }
    return FingerprintJson.read(root, fields, "");
  }

  private static Measurement readEntry(JsonFields fields, JsonNode entry, String at) {
    if (!entry.isObject()) {
      throw fields.problem("entry [" + at + "] must be an object");
    }
    JsonNode params = entry.path("params");
    String method = fields.text(entry, "benchmark", at + "benchmark");
    String id = param(params, "benchmarkId");
    if (id == null) {
      id = method + jmhParams(params);
    }
    ForkReducer reducer = new ForkReducer(fields);
    JsonNode primary = fields.object(entry, "primaryMetric", at + "primaryMetric");
    String unit = fields.text(primary, "scoreUnit", at + "primaryMetric.scoreUnit");
    Direction direction;
    try {
      direction = Direction.fromUnit(unit);
    } catch (IllegalArgumentException e) {
      throw fields.problem(e.getMessage() + " at [" + at + "primaryMetric.scoreUnit]");
    }
    List<Double> wallForks =
        primary.hasNonNull("rawDataHistogram")
            ? reducer.weightedMeanPerFork(
                primary.get("rawDataHistogram"), at + "primaryMetric.rawDataHistogram")
            : reducer.meanPerFork(
                fields.required(primary, "rawData", at + "primaryMetric.rawData"),
                at + "primaryMetric.rawData");
    List<Double> medianCalls =
        primary.hasNonNull("rawDataHistogram")
            ? reducer.weightedMedianPerFork(
                primary.get("rawDataHistogram"), at + "primaryMetric.rawDataHistogram")
            : null;
    int dataSize = dataSize(fields, params, at);
    JsonNode secondary = entry.path("secondaryMetrics");
    return Measurement.builder(id)
        .withPlugin(orEmpty(param(params, "plugin")), orEmpty(param(params, "pluginVersion")))
        .withDataSize(dataSize)
        .withWallClock(new ForkValues(unit, direction, wallForks))
        .withMedianCalls(medianCalls == null ? null : new ForkValues(unit, direction, medianCalls))
        .withAllocationPerRecord(allocation(reducer, secondary, dataSize, at))
        .withInstructionsPerRecord(instructions(reducer, secondary, at))
        .withModuleSha256(param(params, "moduleSha256"))
        .withInputSha256(param(params, "inputSha256"))
        .build();
  }

  private static @Nullable ForkValues allocation(
      ForkReducer reducer, JsonNode secondary, int dataSize, String at) {
    JsonNode perRecord = secondary.get(ALLOCATION_PER_RECORD);
    if (perRecord != null) {
      String path = at + "secondaryMetrics." + ALLOCATION_PER_RECORD + ".rawData";
      return forksOf(reducer.meanPerFork(perRecord.path("rawData"), path), 1);
    }
    // JMH before 1.36 prefixed profiler metrics with a middle dot.
    JsonNode norm =
        secondary.has(GC_ALLOC_RATE_NORM)
            ? secondary.get(GC_ALLOC_RATE_NORM)
            : secondary.get("\u00b7" + GC_ALLOC_RATE_NORM);
    if (norm == null || dataSize == 0) {
      return null;
    }
    String path = at + "secondaryMetrics." + GC_ALLOC_RATE_NORM + ".rawData";
    return forksOf(reducer.meanPerFork(norm.path("rawData"), path), dataSize);
  }

  private static ForkValues forksOf(List<Double> perCall, int dataSize) {
    List<Double> perRecord = perCall.stream().map(v -> v / dataSize).toList();
    return new ForkValues(Measurement.ALLOCATION_UNIT, Direction.LOWER_IS_BETTER, perRecord);
  }

  private static @Nullable InstructionCount instructions(
      ForkReducer reducer, JsonNode secondary, String at) {
    JsonNode metric = secondary.get(INSTRUCTIONS_PER_RECORD);
    if (metric == null) {
      return null;
    }
    String path = at + "secondaryMetrics." + INSTRUCTIONS_PER_RECORD + ".rawData";
    return new InstructionCount(reducer.firstPerPass(metric.path("rawData"), path));
  }

  private static int dataSize(JsonFields fields, JsonNode params, String at) {
    String text = param(params, "dataSize");
    if (text == null) {
      return 0;
    }
    try {
      int size = Integer.parseInt(text.trim());
      if (size < 0) {
        throw new NumberFormatException();
      }
      return size;
    } catch (NumberFormatException e) {
      throw fields.problem(
          "field [" + at + "params.dataSize] must be a record count but was [" + text + "]");
    }
  }

  private static @Nullable String param(JsonNode params, String name) {
    JsonNode value = params.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String jmhParams(JsonNode params) {
    if (!params.isObject() || params.isEmpty()) {
      return "";
    }
    Map<String, String> sorted = new TreeMap<>();
    params.properties().forEach(e -> sorted.put(e.getKey(), e.getValue().asText()));
    StringBuilder text = new StringBuilder();
    sorted.forEach(
        (k, v) -> text.append(text.length() == 0 ? ":" : ",").append(k).append('=').append(v));
    return text.toString();
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }
}
