package io.dataflare.runtime.wasm;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the guest code that runs while an instance is created (a start function, {@code
 * dataflare_abi_version}, {@code dataflare_init}) by the plugin's time limit: the creating thread
 * is interrupted at the deadline, which Chicory turns into an exception within a millisecond. Batch
 * calls are bounded by the runtime core instead.
 */
final class InitDeadline implements AutoCloseable {
  private static final ScheduledThreadPoolExecutor ALARMS = alarms();

  private static ScheduledThreadPoolExecutor alarms() {
    ScheduledThreadPoolExecutor alarms =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "dataflare-wasm-init-deadline");
              thread.setDaemon(true);
              return thread;
            });
    // a disarmed deadline leaves the queue at once instead of waiting there for its time
    alarms.setRemoveOnCancelPolicy(true);
    return alarms;
  }

  private final Thread caller = Thread.currentThread();
  private final long millis;
  private final ScheduledFuture<?> alarm;
  private boolean armed = true;
  private boolean fired;

  /** Arms the deadline for the current thread. */
  InitDeadline(long millis) {
    this.millis = millis;
    this.alarm = ALARMS.schedule(this::fire, millis, TimeUnit.MILLISECONDS);
  }

  private synchronized void fire() {
    if (armed) {
      fired = true;
      caller.interrupt();
    }
  }

  /** Whether the deadline passed and interrupted the thread. */
  synchronized boolean fired() {
    return fired;
  }

  long millis() {
    return millis;
  }

  /** Disarms the deadline and clears the interrupt it caused, if it fired. */
  @Override
  public void close() {
    alarm.cancel(false);
    synchronized (this) {
      armed = false;
      if (fired) {
        Thread.interrupted();
      }
    }
  }
}
