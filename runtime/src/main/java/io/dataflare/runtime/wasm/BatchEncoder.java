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
 * Writes a batch in the ABI 1 input layout straight into the guest's linear memory: first {@link
 * #size} (and its check against the memory limit), so the guest can give a region that fits, then
 * {@link #encode} into that region. Nothing is allocated and nothing is staged.
 *
 * <p>Layout: header (magic, record count), one 48-byte descriptor per record, then each record's
 * value, key and metadata. Offsets are relative to the region's start.
 */
final class BatchEncoder {
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private BatchEncoder() {}

  /**
   * The batch's encoded length in bytes.
   *
   * @throws PluginCallException MEMORY_LIMIT when the batch cannot fit in {@code limitBytes}
   */
  static int size(List<PluginRecord> batch, long limitBytes) throws PluginCallException {
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
    return (int) size;
  }

  /**
   * Writes the batch into {@code out} from {@code base} on; the region must hold {@link #size}
   * bytes.
   */
  static void encode(List<PluginRecord> batch, byte[] out, int base) {
    INT.set(out, base, WasmAbi.BATCH_MAGIC);
    INT.set(out, base + 4, batch.size());
    int data = WasmAbi.BATCH_HEADER_BYTES + WasmAbi.DESCRIPTOR_BYTES * batch.size();
    for (int i = 0; i < batch.size(); i++) {
      data = encodeRecord(batch.get(i), out, base, base + descriptorOffset(i), data);
    }
  }

  /** Writes one record's descriptor and data; {@code data} and the result are region offsets. */
  private static int encodeRecord(
      PluginRecord record, byte[] out, int base, int descriptor, int data) {
    int at = data;
    INT.set(out, descriptor, at);
    INT.set(out, descriptor + 4, record.valueLength());
    record.copyValueTo(out, base + at);
    at += record.valueLength();
    INT.set(out, descriptor + 8, at);
    INT.set(out, descriptor + 12, record.keyLength());
    if (record.hasKey()) {
      record.copyKeyTo(out, base + at);
      at += record.keyLength();
    }
    INT.set(out, descriptor + 16, at);
    INT.set(out, descriptor + 20, record.metadata().size());
    if (!record.metadata().isEmpty()) {
      for (Map.Entry<String, String> entry : record.metadata().entrySet()) {
        at = encodeText(entry.getKey(), out, base, at);
        at = encodeText(entry.getValue(), out, base, at);
      }
    }
    LONG.set(out, descriptor + 24, record.timestamp());
    INT.set(out, descriptor + 32, record.partition());
    INT.set(out, descriptor + 36, 0);
    LONG.set(out, descriptor + 40, record.offset());
    return at;
  }

  private static int encodeText(String text, byte[] out, int base, int at) {
    int end = Utf8.encode(text, out, base + at + 4) - base;
    INT.set(out, base + at, end - at - 4);
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
