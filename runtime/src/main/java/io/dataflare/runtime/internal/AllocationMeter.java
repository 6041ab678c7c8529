package io.dataflare.runtime.internal;

import java.lang.management.ManagementFactory;
import org.jspecify.annotations.Nullable;

/** Bytes allocated by the current thread, from HotSpot's per-thread allocation counter. */
final class AllocationMeter {
  /** Marks a figure that was not measured. */
  static final long NOT_MEASURED = -1;

  private static final com.sun.management.@Nullable ThreadMXBean THREADS = threads();

  private AllocationMeter() {}

  private static com.sun.management.@Nullable ThreadMXBean threads() {
    try {
      if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
          && bean.isThreadAllocatedMemorySupported()) {
        if (!bean.isThreadAllocatedMemoryEnabled()) {
          bean.setThreadAllocatedMemoryEnabled(true);
        }
        return bean;
      }
    } catch (RuntimeException | LinkageError e) {
      // not HotSpot, or not permitted: allocation is reported as not measured
    }
    return null;
  }

  /** The current thread's allocated bytes so far, or {@link #NOT_MEASURED}. */
  static long current() {
    return THREADS == null ? NOT_MEASURED : THREADS.getCurrentThreadAllocatedBytes();
  }

  /** Bytes allocated by the current thread since {@code before} (from {@link #current}). */
  static long since(long before) {
    long now = current();
    return before < 0 || now < 0 ? NOT_MEASURED : now - before;
  }
}
