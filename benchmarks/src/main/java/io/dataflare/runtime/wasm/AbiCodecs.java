package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.Memory;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.internal.PluginCallException;
import java.util.List;

/**
 * The benchmarks' door to the runtime's own ABI 1 encoder and decoder, which are package-private:
 * it lives in their package, in the benchmarks jar only. Not an API.
 */
public final class AbiCodecs {
  private final BatchEncoder encoder = new BatchEncoder();
  private final BatchDecoder decoder;

  public AbiCodecs(PluginType type) {
    this.decoder = new BatchDecoder(type);
  }

  /** Encodes the batch and copies it into {@code memory} at {@code at}; returns its length. */
  public int write(List<PluginRecord> batch, Memory memory, int at) throws PluginCallException {
    int length = encoder.encode(batch, (long) memory.pages() * WasmAbi.PAGE_BYTES);
    memory.write(at, encoder.buffer(), 0, length);
    return length;
  }

  /** Validates and decodes a guest's output buffer. */
  public List<OutputRecord> read(Memory memory, int at, int length, List<PluginRecord> batch)
      throws PluginCallException {
    return decoder.decode(memory, at, length, batch);
  }
}
