package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.Memory;

/**
 * What the host knows of an instance's linear memory when a guest call fails: how far it has grown
 * against its limit.
 *
 * <p>The guest's memory is Chicory's own {@code ByteArrayMemory}, which is final: a delegating
 * {@link Memory} that noticed each refused {@code memory.grow} made compiled guests about 30%
 * slower (every load and store of the guest went through it), so the host does not see a refused
 * grow. It infers one instead: a call that fails while the memory has grown to its limit, or a
 * {@code dataflare_alloc} that cannot fit its region under the limit, ran out of memory.
 */
final class MemoryUse {
  private final Memory memory;
  private final int initialPages;

  MemoryUse(Memory memory) {
    this.memory = memory;
    this.initialPages = memory.pages();
  }

  int pages() {
    return memory.pages();
  }

  int maximumPages() {
    return memory.maximumPages();
  }

  /** Current size in bytes. */
  long sizeBytes() {
    return (long) memory.pages() * WasmAbi.PAGE_BYTES;
  }

  /** The limit in bytes. */
  long limitBytes() {
    return (long) memory.maximumPages() * WasmAbi.PAGE_BYTES;
  }

  /**
   * Whether the memory has grown to its limit, where every further {@code memory.grow} is refused.
   * A memory that could never grow (its limit is its initial size) does not count: its guest's
   * failures are its own.
   */
  boolean grownToLimit() {
    return memory.maximumPages() > initialPages && memory.pages() >= memory.maximumPages();
  }

  /** Whether {@code bytes} more than the memory holds now would pass its limit. */
  boolean cannotFit(long bytes) {
    return sizeBytes() + bytes > limitBytes();
  }

  /** The limit in words: {@code [32] pages (2 MiB)}. */
  String limit() {
    return "["
        + memory.maximumPages()
        + "] pages ("
        + WasmModuleContract.mib(memory.maximumPages())
        + ")";
  }
}
