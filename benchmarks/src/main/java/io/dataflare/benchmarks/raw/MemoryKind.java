package io.dataflare.benchmarks.raw;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ByteBufferMemory;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.dataflare.runtime.wasm.AbiCodecs;

/** Chicory's two linear-memory implementations, and the runtime's own. */
public enum MemoryKind {
  /** {@link ByteArrayMemory}: the fastest of Chicory's, which the raw calls use. */
  BYTE_ARRAY,
  /** {@link ByteBufferMemory}: Chicory's default. */
  BYTE_BUFFER,
  /** The runtime's own linear memory, one byte array it writes batches into directly. */
  LINEAR;

  Memory create(MemoryLimits limits) {
    return switch (this) {
      case BYTE_ARRAY -> new ByteArrayMemory(limits);
      case BYTE_BUFFER -> new ByteBufferMemory(limits);
      case LINEAR -> AbiCodecs.memory(limits);
    };
  }
}
