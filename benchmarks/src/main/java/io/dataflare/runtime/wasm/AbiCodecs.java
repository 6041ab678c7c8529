package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
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
  private final BatchDecoder decoder;

  public AbiCodecs(PluginType type) {
    this.decoder = new BatchDecoder(type);
  }

  /** A linear memory as the runtime gives each instance, of {@code pages} 64 KiB pages. */
  public static Memory memory(int pages) {
    return memory(new MemoryLimits(pages, pages));
  }

  /** A linear memory as the runtime gives each instance, with these limits. */
  public static Memory memory(MemoryLimits limits) {
    return new LinearMemory(limits);
  }

  /**
   * Encodes the batch into {@code memory} (one from {@link #memory}) at {@code at}; returns its
   * length.
   */
  public int write(List<PluginRecord> batch, Memory memory, int at) throws PluginCallException {
    LinearMemory linear = (LinearMemory) memory;
    int length = BatchEncoder.size(batch, linear.sizeBytes() - (long) at);
    BatchEncoder.encode(batch, linear.bytes(), at);
    return length;
  }

  /** Validates and decodes a guest's output buffer in {@code memory} (one from {@link #memory}). */
  public List<OutputRecord> read(Memory memory, int at, int length, List<PluginRecord> batch)
      throws PluginCallException {
    return decoder.decode((LinearMemory) memory, at, length, batch);
  }
}
