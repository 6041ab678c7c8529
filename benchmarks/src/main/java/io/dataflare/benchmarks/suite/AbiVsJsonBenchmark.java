package io.dataflare.benchmarks.suite;

import com.dylibso.chicory.runtime.Memory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataflare.benchmarks.Workload;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.internal.PluginCallException;
import io.dataflare.runtime.wasm.AbiCodecs;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Moving a batch across the host/guest boundary and back, for a filter that keeps every record: our
 * binary ABI (the runtime's own encoder into linear memory, and its validating decoder of the
 * guest's output) against the seed's JSON round trip per record (each record serialised to JSON
 * into linear memory, and each result record parsed back from JSON). The guest's side is the same
 * prepared output for both, so only the host's encoding is compared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class AbiVsJsonBenchmark {
  /** Room per record for the JSON text around a value. */
  private static final int JSON_OVERHEAD = 200;

  @Param({"100", "1024"})
  public int recordBytes;

  @Param({"1", "10000"})
  public int batch;

  /**
   * The contender. Named to sort last, so that JMH runs both contenders of a case one after the
   * other: on a shared machine, a comparison is only fair between neighbours in time.
   */
  @Param({"binaryAbi", "jsonRoundTrip"})
  public String via;

  private final ObjectMapper json = new ObjectMapper();
  private final AbiCodecs abi = new AbiCodecs(PluginType.FILTER);
  private Memory memory;
  private int jsonInput;
  private List<PluginRecord> records;
  private int binaryOutput;
  private int binaryOutputLength;
  private int jsonOutput;
  private int[] jsonOutputLengths;

  /** A record as the seed's JSON protocol carried it. */
  public record JsonRecord(
      String value,
      String key,
      Map<String, String> metadata,
      long timestamp,
      int partition,
      long offset) {}

  @Setup(Level.Trial)
  public void setUp() throws IOException, PluginCallException {
    records = Workload.of(Workload.Shape.ALL_KEPT, batch, recordBytes).records();
    memory = AbiCodecs.memory(1024);
    jsonInput = align(8 + batch * (48 + recordBytes));
    binaryOutput = align(jsonInput + batch * (recordBytes + JSON_OVERHEAD));
    ByteBuffer out = ByteBuffer.allocate(8 + 8 * batch).order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(0).putInt(batch);
    for (int i = 0; i < batch; i++) {
      out.putInt(i).putInt(-1);
    }
    binaryOutputLength = out.position();
    memory.write(binaryOutput, out.array(), 0, binaryOutputLength);
    jsonOutput = align(binaryOutput + binaryOutputLength);
    jsonOutputLengths = new int[batch];
    int at = jsonOutput;
    for (int i = 0; i < batch; i++) {
      byte[] result = json.writeValueAsBytes(asJson(records.get(i)));
      memory.write(at, result, 0, result.length);
      jsonOutputLengths[i] = result.length;
      at += result.length;
    }
    if (binaryAbi().size() != batch || jsonRoundTrip().size() != batch) {
      throw new IllegalStateException("the two encodings disagree on the outputs");
    }
  }

  private static int align(int at) {
    return (at + 7) & ~7;
  }

  private static JsonRecord asJson(PluginRecord record) {
    return new JsonRecord(
        record.valueAsString(),
        null,
        record.metadata(),
        record.timestamp(),
        record.partition(),
        record.offset());
  }

  @Benchmark
  public Object roundTrip() throws PluginCallException, IOException {
    return via.equals("binaryAbi") ? binaryAbi() : jsonRoundTrip();
  }

  private List<OutputRecord> binaryAbi() throws PluginCallException {
    abi.write(records, memory, 0);
    return abi.read(memory, binaryOutput, binaryOutputLength, records);
  }

  private List<PluginRecord> jsonRoundTrip() throws IOException {
    int at = jsonInput;
    for (PluginRecord record : records) {
      byte[] encoded = json.writeValueAsBytes(asJson(record));
      memory.write(at, encoded, 0, encoded.length);
      at += encoded.length;
    }
    List<PluginRecord> outputs = new ArrayList<>(records.size());
    at = jsonOutput;
    for (int length : jsonOutputLengths) {
      JsonRecord result = json.readValue(memory.readBytes(at, length), JsonRecord.class);
      at += length;
      outputs.add(
          PluginRecord.builder()
              .value(result.value().getBytes(StandardCharsets.UTF_8))
              .metadata(result.metadata())
              .timestamp(result.timestamp())
              .partition(result.partition())
              .offset(result.offset())
              .build());
    }
    return outputs;
  }
}
