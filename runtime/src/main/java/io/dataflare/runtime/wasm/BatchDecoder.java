package io.dataflare.runtime.wasm;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.internal.OutputsBuilder;
import io.dataflare.runtime.internal.PluginCallException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads a guest's output buffer (ABI 1) and checks every pointer, length, count and index against
 * the memory, the batch and the rules of the plugin type before building output records. Any
 * violation is an {@code ABI_VIOLATION} naming the entry and what was wrong; a status of 1 is the
 * plugin's own {@code PLUGIN_ERROR}.
 *
 * <p>Outputs are built as indexes into the batch ({@link OutputsBuilder}), so a filter's kept
 * records cost no allocation per record. One decoder per instance: not thread-safe.
 */
final class BatchDecoder {
  private final PluginType type;
  private final OutputsBuilder outputs = new OutputsBuilder();

  BatchDecoder(PluginType type) {
    this.type = type;
  }

  List<OutputRecord> decode(LinearMemory memory, long outPtr, long outLen, List<PluginRecord> batch)
      throws PluginCallException {
    long memorySize = memory.sizeBytes();
    if (outPtr + outLen > memorySize) {
      throw violation(
          "output buffer [%d, %d) lies outside the linear memory of [%d] bytes",
          outPtr, outPtr + outLen, memorySize);
    }
    long limit = Math.min(WasmAbi.MAX_OUTPUT_BYTES, memorySize);
    if (outLen > limit) {
      throw violation("output buffer of [%d] bytes exceeds the limit of [%d] bytes", outLen, limit);
    }
    Buffer out = new Buffer(memory, (int) outPtr, (int) outLen);
    if (outLen < 4) {
      throw violation("output buffer of [%d] bytes is too short to hold its status", outLen);
    }
    int status = out.i32(0);
    if (status == WasmAbi.STATUS_PLUGIN_ERROR) {
      throw pluginError(out, batch.size());
    }
    if (status != WasmAbi.STATUS_OK) {
      throw violation("output status [%d] is neither 0 (ok) nor 1 (plugin error)", status);
    }
    if (outLen < 8) {
      throw violation("output buffer of [%d] bytes is too short to hold its entry count", outLen);
    }
    return entries(out, out.u32(4), batch);
  }

  private List<OutputRecord> entries(Buffer out, long count, List<PluginRecord> batch)
      throws PluginCallException {
    checkCount(count, batch.size(), out.length);
    outputs.begin(batch);
    long position = 8;
    long previous = -1;
    for (int entry = 0; entry < count; entry++) {
      if (position + WasmAbi.OUTPUT_ENTRY_HEADER_BYTES > out.length) {
        throw violation(
            "output entry [%d] starts at byte [%d], past the output buffer end [%d]",
            entry, position, out.length);
      }
      long source = out.u32((int) position);
      int length = out.i32((int) position + 4);
      checkSource(entry, source, previous, batch.size());
      checkLength(entry, length, position, out.length);
      if (length == WasmAbi.KEEP_INPUT) {
        outputs.keep((int) source);
      } else {
        outputs.addValue((int) source, out.bytes((int) position + 8, length));
      }
      position += WasmAbi.OUTPUT_ENTRY_HEADER_BYTES + Math.max(0, length);
      previous = source;
    }
    return outputs.build();
  }

  private void checkCount(long count, int records, long outLen) throws PluginCallException {
    long minimum = 8 + count * WasmAbi.OUTPUT_ENTRY_HEADER_BYTES;
    if (minimum > outLen) {
      throw violation(
          "output declares [%d] entries, which need at least [%d] bytes, but the buffer has [%d]",
          count, minimum, outLen);
    }
    switch (type) {
      case FILTER, FILTER_MAP -> {
        if (count > records) {
          throw violation(
              "output has [%d] entries for [%d] records but a %s emits at most one per record",
              count, records, type.manifestName());
        }
      }
      case MAP -> {
        if (count != records) {
          throw violation(
              "output has [%d] entries for [%d] records but a map emits exactly one per record",
              count, records);
        }
      }
      case FLAT_MAP -> {
        long max = (long) WasmAbi.MAX_FLAT_MAP_OUTPUTS_PER_RECORD * records;
        if (count > max) {
          throw violation(
              "output has [%d] entries for [%d] records but a flat_map emits at most [%d] (%d per"
                  + " record)",
              count, records, max, WasmAbi.MAX_FLAT_MAP_OUTPUTS_PER_RECORD);
        }
      }
      case AGGREGATE -> {
        // any number: each entry needs 8 bytes, so the buffer size bounds them
      }
    }
  }

  private void checkSource(int entry, long source, long previous, int records)
      throws PluginCallException {
    if (source >= records) {
      throw violation(
          "output entry [%d] has source_index [%d] but the batch has [%d] records",
          entry, source, records);
    }
    if (source < previous) {
      throw violation(
          "output entry [%d] has source_index [%d] after [%d]: source indexes must not decrease",
          entry, source, previous);
    }
    boolean onePerRecord = type == PluginType.FILTER || type == PluginType.FILTER_MAP;
    if (onePerRecord && source == previous) {
      throw violation(
          "output entry [%d] repeats source_index [%d] but a %s emits at most one entry per record",
          entry, source, type.manifestName());
    }
    if (type == PluginType.MAP && source != entry) {
      throw violation(
          "output entry [%d] has source_index [%d] but a map emits one entry per record in order"
              + " (expected [%d])",
          entry, source, entry);
    }
  }

  private void checkLength(int entry, int length, long position, long outLen)
      throws PluginCallException {
    if (length < WasmAbi.KEEP_INPUT) {
      throw violation(
          "output entry [%d] has len [%d]: use -1 to keep the input record or a byte count",
          entry, length);
    }
    if (type == PluginType.FILTER && length != WasmAbi.KEEP_INPUT) {
      throw violation(
          "output entry [%d] has len [%d] but a filter only keeps records (len -1)", entry, length);
    }
    long end = position + WasmAbi.OUTPUT_ENTRY_HEADER_BYTES + Math.max(0, length);
    if (end > outLen) {
      throw violation(
          "output entry [%d] value of [%d] bytes ends at byte [%d], past the output buffer end"
              + " [%d]",
          entry, length, end, outLen);
    }
  }

  private static PluginCallException pluginError(Buffer out, int records) {
    if (out.length < 12) {
      return violation(
          "output status 1 (plugin error) needs at least 12 bytes but the buffer has [%d]",
          out.length);
    }
    long index = out.u32(4);
    long messageLength = out.u32(8);
    if (12 + messageLength > out.length) {
      return violation(
          "plugin error message of [%d] bytes runs past the output buffer end [%d]",
          messageLength, out.length);
    }
    boolean wholeBatch = index == (WasmAbi.WHOLE_BATCH & 0xFFFF_FFFFL);
    if (!wholeBatch && index >= records) {
      return violation(
          "plugin error names record_index [%d] but the batch has [%d] records", index, records);
    }
    String message = new String(out.bytes(12, (int) messageLength), StandardCharsets.UTF_8);
    return new PluginCallException(
        FailureKind.PLUGIN_ERROR,
        wholeBatch ? -1 : (int) index,
        message.isEmpty() ? "the plugin reported an error without a message" : message);
  }

  private static PluginCallException violation(String format, Object... values) {
    return new PluginCallException(
        FailureKind.ABI_VIOLATION, -1, String.format(Locale.ROOT, format, values));
  }

  /** The output buffer: reads relative to its start, already known to lie inside memory. */
  private record Buffer(LinearMemory memory, int start, long length) {
    int i32(int offset) {
      return memory.readInt(start + offset);
    }

    long u32(int offset) {
      return memory.readInt(start + offset) & 0xFFFF_FFFFL;
    }

    byte[] bytes(int offset, int count) {
      return memory.readBytes(start + offset, count);
    }
  }
}
