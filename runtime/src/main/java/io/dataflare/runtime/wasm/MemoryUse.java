package io.dataflare.runtime.wasm;

/**
 * What the host knows of an instance's linear memory when a guest call fails: how far it has grown
 * against its limit.
 *
 * <p>A call ran out of memory when a {@code memory.grow} was refused during it, or when it fails
 * with the memory grown to its limit; so did a {@code dataflare_alloc} that cannot fit its region
 * under the limit.
 */
final class MemoryUse {
  private final LinearMemory memory;
  private final int initialPages;
  private int refusedBeforeCall;

  MemoryUse(LinearMemory memory) {
    this.memory = memory;
    this.initialPages = memory.pages();
  }

  /** Marks the start of a guest call: {@link #ranOutOfMemory} counts refusals from here. */
  void callStarts() {
    refusedBeforeCall = memory.refusedGrows();
  }

  /**
   * Whether the guest call that just failed ran out of memory: a {@code memory.grow} was refused
   * since {@link #callStarts}, or the memory has grown to its limit.
   */
  boolean ranOutOfMemory() {
    return memory.refusedGrows() > refusedBeforeCall || grownToLimit();
  }

  /** How the memory ran out, for a message: follows "failed (...)". */
  String howItRanOut() {
    if (grownToLimit()) {
      return "with its memory grown to the limit of " + limit() + ", where memory.grow is refused";
    }
    return "after a memory.grow was refused: the memory holds ["
        + memory.pages()
        + "] pages and its limit is "
        + limit();
  }

  int pages() {
    return memory.pages();
  }

  int maximumPages() {
    return memory.maximumPages();
  }

  /** Current size in bytes. */
  long sizeBytes() {
    return memory.sizeBytes();
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
