package io.dataflare.runtime.wasm;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.internal.PluginCallException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch in the ABI 1 input layout into linear memory through two small staging chunks that
 * one instance reuses, one for descriptors and one for the records' bytes. A chunk goes to memory
 * whenever it is full, so the host never stages a whole batch: a batch of 100,000 records of 100
 * bytes would otherwise pass through a 15 MB array that no cache holds, written and read again.
 * Once the data chunk has grown to the largest record seen, encoding allocates nothing.
 *
 * <p>Layout: header (magic, record count), one 48-byte descriptor per record, then each record's
 * value, key and metadata. Offsets are relative to the batch's start.
 */
final class BatchEncoder {
  /** Descriptors staged before they go to memory (with the header, in the first chunk). */
  static final int DESCRIPTORS_PER_CHUNK = 256;

  /** Bytes of values, keys and metadata staged before they go to memory. */
  static final int DATA_CHUNK_BYTES = 32 * 1024;

  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Where encoded bytes go: an instance's linear memory, or a plain array. */
  @FunctionalInterface
  interface Sink {
    void write(int address, byte[] source, int offset, int length);
  }

  private final byte[] descriptors =
      new byte[WasmAbi.BATCH_HEADER_BYTES + WasmAbi.DESCRIPTOR_BYTES * DESCRIPTORS_PER_CHUNK];
  private byte[] data = new byte[DATA_CHUNK_BYTES];

  /**
   * The batch's encoded length in bytes.
   *
   * @throws PluginCallException MEMORY_LIMIT when the batch cannot fit in {@code limitBytes}
   */
  int size(List<PluginRecord> batch, long limitBytes) throws PluginCallException {
    long size = WasmAbi.BATCH_HEADER_BYTES + (long) WasmAbi.DESCRIPTOR_BYTES * batch.size();
    for (int i = 0; i < batch.size(); i++) {
      size += dataBytes(batch.get(i));
    }
    if (size > limitBytes || size > Integer.MAX_VALUE - 8) {
      throw new PluginCallException(
          FailureKind.MEMORY_LIMIT,
          -1,
          "a batch of ["
              + batch.size()
              + "] records needs ["
              + size
              + "] bytes of linear memory but the limit is ["
              + limitBytes
              + "] bytes; send smaller batches ([runtime] batch_size)");
    }
    return (int) size;
  }

  /** Writes the batch, whose {@link #size} was checked, to {@code sink} from {@code base} on. */
  void write(List<PluginRecord> batch, Sink sink, int base) {
    byte[] desc = descriptors;
    INT.set(desc, 0, WasmAbi.BATCH_MAGIC);
    INT.set(desc, 4, batch.size());
    int descFill = WasmAbi.BATCH_HEADER_BYTES;
    int descAddress = base;
    // the batch-relative offset of data[0]: data follows the last descriptor
    int chunkOffset = WasmAbi.BATCH_HEADER_BYTES + WasmAbi.DESCRIPTOR_BYTES * batch.size();
    int dataFill = 0;
    for (int i = 0; i < batch.size(); i++) {
      PluginRecord record = batch.get(i);
      if (descFill + WasmAbi.DESCRIPTOR_BYTES > desc.length) {
        sink.write(descAddress, desc, 0, descFill);
        descAddress += descFill;
        descFill = 0;
      }
      int bytes = dataBytes(record);
      if (dataFill + bytes > data.length) {
        sink.write(base + chunkOffset, data, 0, dataFill);
        chunkOffset += dataFill;
        dataFill = 0;
        if (bytes > data.length) {
          data = new byte[bytes];
        }
      }
      dataFill = encodeRecord(record, desc, descFill, data, dataFill, chunkOffset);
      descFill += WasmAbi.DESCRIPTOR_BYTES;
    }
    sink.write(descAddress, desc, 0, descFill);
    if (dataFill > 0) {
      sink.write(base + chunkOffset, data, 0, dataFill);
    }
  }

  /**
   * Writes the record's descriptor at {@code descriptor} in {@code desc} and its bytes at {@code
   * at} in {@code out}, whose first byte is at batch offset {@code shift}; returns the position
   * after its bytes.
   */
  private static int encodeRecord(
      PluginRecord record, byte[] desc, int descriptor, byte[] out, int at, int shift) {
    int pos = at;
    INT.set(desc, descriptor, pos + shift);
    INT.set(desc, descriptor + 4, record.valueLength());
    record.copyValueTo(out, pos);
    pos += record.valueLength();
    INT.set(desc, descriptor + 8, pos + shift);
    INT.set(desc, descriptor + 12, record.keyLength());
    if (record.hasKey()) {
      record.copyKeyTo(out, pos);
      pos += record.keyLength();
    }
    INT.set(desc, descriptor + 16, pos + shift);
    INT.set(desc, descriptor + 20, record.metadata().size());
    if (!record.metadata().isEmpty()) {
      for (Map.Entry<String, String> entry : record.metadata().entrySet()) {
        pos = encodeText(entry.getKey(), out, pos);
        pos = encodeText(entry.getValue(), out, pos);
      }
    }
    LONG.set(desc, descriptor + 24, record.timestamp());
    INT.set(desc, descriptor + 32, record.partition());
    INT.set(desc, descriptor + 36, 0);
    LONG.set(desc, descriptor + 40, record.offset());
    return pos;
  }

  private static int encodeText(String text, byte[] out, int at) {
    int end = Utf8.encode(text, out, at + 4);
    INT.set(out, at, end - at - 4);
    return end;
  }

  /** A record's value, key and metadata bytes. */
  private static int dataBytes(PluginRecord record) {
    int size = record.valueLength() + Math.max(0, record.keyLength());
    if (!record.metadata().isEmpty()) {
      for (Map.Entry<String, String> entry : record.metadata().entrySet()) {
        size += 8 + Utf8.length(entry.getKey()) + Utf8.length(entry.getValue());
      }
    }
    return size;
  }

  /** The data chunk now: it grows only for a record larger than it. */
  byte[] dataChunk() {
    return data;
  }
}
