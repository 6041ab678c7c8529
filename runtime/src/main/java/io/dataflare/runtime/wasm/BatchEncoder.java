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
 * Writes a batch in the ABI 1 input layout into a host-side staging buffer that one instance
 * reuses: once it has grown to the largest batch seen, encoding allocates nothing.
 *
 * <p>Layout: header (magic, record count), one 48-byte descriptor per record, then each record's
 * value, key and metadata. Offsets are relative to the buffer start.
 */
final class BatchEncoder {
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] buffer = new byte[4096];

  /** The staging buffer; valid up to the length {@link #encode} returned. */
  byte[] buffer() {
    return buffer;
  }

  /**
   * Encodes the batch and returns its length in bytes.
   *
   * @throws PluginCallException MEMORY_LIMIT when the batch cannot fit in {@code limitBytes}
   */
  int encode(List<PluginRecord> batch, long limitBytes) throws PluginCallException {
    long size = sizeOf(batch);
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
    int length = (int) size;
    if (buffer.length < length) {
      buffer =
          new byte[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(length, 2L * buffer.length))];
    }
    byte[] out = buffer;
    INT.set(out, 0, WasmAbi.BATCH_MAGIC);
    INT.set(out, 4, batch.size());
    int data = WasmAbi.BATCH_HEADER_BYTES + WasmAbi.DESCRIPTOR_BYTES * batch.size();
    for (int i = 0; i < batch.size(); i++) {
      data = encodeRecord(batch.get(i), out, descriptorOffset(i), data);
    }
    return length;
  }

  private static int encodeRecord(PluginRecord record, byte[] out, int descriptor, int data) {
    int at = data;
    INT.set(out, descriptor, at);
    INT.set(out, descriptor + 4, record.valueLength());
    record.copyValueTo(out, at);
    at += record.valueLength();
    INT.set(out, descriptor + 8, at);
    INT.set(out, descriptor + 12, record.keyLength());
    if (record.hasKey()) {
      record.copyKeyTo(out, at);
      at += record.keyLength();
    }
    INT.set(out, descriptor + 16, at);
    INT.set(out, descriptor + 20, record.metadata().size());
    if (!record.metadata().isEmpty()) {
      for (Map.Entry<String, String> entry : record.metadata().entrySet()) {
        at = encodeText(entry.getKey(), out, at);
        at = encodeText(entry.getValue(), out, at);
      }
    }
    LONG.set(out, descriptor + 24, record.timestamp());
    INT.set(out, descriptor + 32, record.partition());
    INT.set(out, descriptor + 36, 0);
    LONG.set(out, descriptor + 40, record.offset());
    return at;
  }

  private static int encodeText(String text, byte[] out, int at) {
    int end = Utf8.encode(text, out, at + 4);
    INT.set(out, at, end - at - 4);
    return end;
  }

  private static int descriptorOffset(int index) {
    return WasmAbi.BATCH_HEADER_BYTES + WasmAbi.DESCRIPTOR_BYTES * index;
  }

  private static long sizeOf(List<PluginRecord> batch) {
    long size = WasmAbi.BATCH_HEADER_BYTES + (long) WasmAbi.DESCRIPTOR_BYTES * batch.size();
    for (int i = 0; i < batch.size(); i++) {
      PluginRecord record = batch.get(i);
      size += record.valueLength() + Math.max(0, record.keyLength());
      if (!record.metadata().isEmpty()) {
        for (Map.Entry<String, String> entry : record.metadata().entrySet()) {
          size += 8 + Utf8.length(entry.getKey()) + Utf8.length(entry.getValue());
        }
      }
    }
    return size;
  }
}
