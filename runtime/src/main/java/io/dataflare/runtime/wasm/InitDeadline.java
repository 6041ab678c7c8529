package io.dataflare.runtime.wasm;

import io.dataflare.runtime.internal.Watchdog;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Bounds the guest code that runs while an instance is created (a start function, {@code
 * dataflare_abi_version}, {@code dataflare_init}) by the plugin's time limit: the creating thread
 * is interrupted at the deadline, which Chicory turns into an exception within a millisecond. Batch
 * calls are bounded by the runtime core instead.
 *
 * <p>One watchdog serves every instance creation in the JVM: arming and disarming a deadline costs
 * a few volatile writes on the creating thread, with no task scheduled and none left behind.
 */
final class InitDeadline implements AutoCloseable {
  private static final Watchdog WATCHDOG = new Watchdog("dataflare-wasm-init-watchdog");

  private final long millis;
  private final Watchdog.@Nullable Watch watch;
  private boolean fired;

  /** Arms the deadline for the current thread. */
  InitDeadline(long millis) {
    this.millis = millis;
    // null when this thread is already creating an instance under a deadline: that one bounds it
    this.watch = WATCHDOG.start(TimeUnit.MILLISECONDS.toNanos(millis), System.nanoTime());
  }

  /** Whether the deadline passed and interrupted the thread (known once closed). */
  boolean fired() {
    return fired;
  }

  long millis() {
    return millis;
  }

  /** Disarms the deadline and clears the interrupt it caused, if it fired. */
  @Override
  public void close() {
    if (watch != null) {
      fired = watch.end();
    }
  }
}
