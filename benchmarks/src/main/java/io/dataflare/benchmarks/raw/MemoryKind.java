package io.dataflare.benchmarks.raw;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ByteBufferMemory;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;

/** Chicory's two linear-memory implementations. */
public enum MemoryKind {
  /** {@link ByteArrayMemory}: what the runtime uses. */
  BYTE_ARRAY,
  /** {@link ByteBufferMemory}: Chicory's default. */
  BYTE_BUFFER;

  Memory create(MemoryLimits limits) {
    return this == BYTE_ARRAY ? new ByteArrayMemory(limits) : new ByteBufferMemory(limits);
  }
}
