package io.dataflare.benchmarks.raw;

import com.dylibso.chicory.runtime.ExecutionListener;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import io.dataflare.benchmarks.Sample;
import io.dataflare.plugin.PluginRecord;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sample called straight through Chicory: the batch is written in the ABI 1 input layout by hand
 * (one staging array, one copy into linear memory), the entry point is called, and the output read
 * with no validation and no record objects. This is the least any host can do per batch, so the
 * runtime is measured against it.
 *
 * <p>Not thread-safe, like a Chicory instance.
 */
public final class RawChicoryPlugin {
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int HEADER = 8;
  private static final int DESCRIPTOR = 48;
  private static final int MAGIC = 0x3142_4644; // "DFB1" little-endian, as docs/wasm-abi.md says

  private final Sample sample;
  private final Memory memory;
  private final ExportFunction entry;
  private final ExportFunction alloc;
  private final byte[] staging;
  private final int region;
  private final int[] kept;
  private final byte[][] mapped;

  /**
   * A new instance, initialised with the sample's default config, with an input region for batches
   * of up to {@code maxBatchBytes} encoded bytes.
   */
  public RawChicoryPlugin(RawModule module, MemoryKind memoryKind, int maxBatchBytes) {
    this(module, memoryKind, maxBatchBytes, null);
  }

  /**
   * As {@link #RawChicoryPlugin(RawModule, MemoryKind, int)}, with {@code listener} called on every
   * instruction the interpreter executes.
   */
  public RawChicoryPlugin(
      RawModule module,
      MemoryKind memoryKind,
      int maxBatchBytes,
      @Nullable ExecutionListener listener) {
    this.sample = module.sample();
    Instance instance = module.instantiate(memoryKind, listener);
    this.memory = instance.memory();
    this.alloc = instance.export("dataflare_alloc");
    this.entry = instance.export(entryName(sample));
    if (instance.export("dataflare_abi_version").apply()[0] != 1) {
      throw new IllegalStateException("sample " + sample + " does not speak ABI 1");
    }
    byte[] config = config(sample);
    if (config.length > 0) {
      int at = (int) alloc.apply(config.length)[0];
      memory.write(at, config, 0, config.length);
      instance.export("dataflare_init").apply(at, config.length);
    }
    this.staging = new byte[maxBatchBytes];
    this.region = (int) alloc.apply(maxBatchBytes)[0];
    this.kept = new int[maxBatchBytes / DESCRIPTOR];
    this.mapped = new byte[maxBatchBytes / DESCRIPTOR][];
  }

  /** Encoded size of a batch of these values in the ABI 1 layout. */
  public static int encodedSize(byte[][] values) {
    long size = HEADER + (long) DESCRIPTOR * values.length;
    for (byte[] value : values) {
      size += value.length;
    }
    return Math.toIntExact(size);
  }

  private static String entryName(Sample sample) {
    return switch (sample) {
      case FILTER -> "dataflare_filter";
      case MAP -> "dataflare_map";
      case AGGREGATE -> "dataflare_aggregate";
    };
  }

  /** The manifest's {@code [config]}, in the ABI's config layout. */
  private static byte[] config(Sample sample) {
    String key =
        switch (sample) {
          case FILTER -> "needle";
          case MAP -> "field";
          case AGGREGATE -> "";
        };
    if (key.isEmpty()) {
      return new byte[0];
    }
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    byte[] v = (sample == Sample.FILTER ? "error" : "name").getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[4 + 4 + k.length + 4 + v.length];
    INT.set(out, 0, 1);
    INT.set(out, 4, k.length);
    System.arraycopy(k, 0, out, 8, k.length);
    INT.set(out, 8 + k.length, v.length);
    System.arraycopy(v, 0, out, 12 + k.length, v.length);
    return out;
  }

  /**
   * Processes one batch and returns the number of outputs; their source indexes are in {@link
   * #kept} and (map, aggregate) their values in {@link #mapped}.
   */
  public int call(byte[][] values) {
    return process(encode(values));
  }

  /**
   * Processes one batch given as the runtime is given it, a list of records: each descriptor is
   * filled from the record's fields (key length, metadata count, timestamp, partition, offset), as
   * any host of {@code PluginRecord}s must. Metadata and keys are not written: the workloads have
   * none. Returns the number of outputs, as {@link #call(byte[][])} does.
   */
  public int call(List<PluginRecord> records) {
    return process(encode(records));
  }

  private int process(int length) {
    memory.write(region, staging, 0, length);
    long packed = entry.apply(region, length)[0];
    int out = (int) (packed >>> 32);
    if (memory.readInt(out) != 0) {
      throw new IllegalStateException("sample " + sample + " reported a plugin error");
    }
    int count = memory.readInt(out + 4);
    int at = out + 8;
    for (int i = 0; i < count; i++) {
      kept[i] = memory.readInt(at);
      int len = memory.readInt(at + 4);
      if (len >= 0) {
        mapped[i] = memory.readBytes(at + 8, len);
      }
      at += 8 + Math.max(0, len);
    }
    return count;
  }

  /** Source indexes of the last call's outputs. */
  public int[] kept() {
    return kept;
  }

  /** New values of the last call's outputs ({@code null} where the input was kept). */
  public byte[][] mapped() {
    return mapped;
  }

  private int encode(byte[][] values) {
    byte[] out = staging;
    INT.set(out, 0, MAGIC);
    INT.set(out, 4, values.length);
    int data = HEADER + DESCRIPTOR * values.length;
    for (int i = 0; i < values.length; i++) {
      byte[] value = values[i];
      System.arraycopy(value, 0, out, data, value.length);
      describe(out, HEADER + DESCRIPTOR * i, data, value.length, -1, 0, 0L, 0, 0L);
      data += value.length;
    }
    return data;
  }

  private int encode(List<PluginRecord> records) {
    byte[] out = staging;
    INT.set(out, 0, MAGIC);
    INT.set(out, 4, records.size());
    int data = HEADER + DESCRIPTOR * records.size();
    for (int i = 0; i < records.size(); i++) {
      PluginRecord record = records.get(i);
      int length = record.valueLength();
      record.copyValueTo(out, data);
      describe(
          out,
          HEADER + DESCRIPTOR * i,
          data,
          length,
          record.keyLength(),
          record.metadata().size(),
          record.timestamp(),
          record.partition(),
          record.offset());
      data += length;
    }
    return data;
  }

  /** Writes one 48-byte descriptor at {@code at} for a value at {@code data}. */
  private static void describe(
      byte[] out,
      int at,
      int data,
      int valueLength,
      int keyLength,
      int metadataCount,
      long timestamp,
      int partition,
      long offset) {
    int end = data + valueLength;
    INT.set(out, at, data);
    INT.set(out, at + 4, valueLength);
    INT.set(out, at + 8, end);
    INT.set(out, at + 12, keyLength);
    INT.set(out, at + 16, end);
    INT.set(out, at + 20, metadataCount);
    LONG.set(out, at + 24, timestamp);
    INT.set(out, at + 32, partition);
    INT.set(out, at + 36, 0);
    LONG.set(out, at + 40, offset);
  }
}
