package io.dataflare.runtime.wasm;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Bounds the guest code that runs while an instance is created (a start function, {@code
 * dataflare_abi_version}, {@code dataflare_init}) by the plugin's time limit: the creating thread
 * is interrupted at the deadline, which Chicory turns into an exception within a millisecond. Batch
 * calls are bounded by the runtime core instead.
 *
 * <p>One daemon thread watches every armed deadline. While instances are being created it looks
 * every {@link #TICK_NANOS} (a deadline fires at most that late), and after a second without any it
 * parks until the next one is armed. Arming therefore costs no wake-up of another thread when
 * instances are created one after the other, as a pool does when it grows (a scheduled executor
 * signalled its thread for every instance: about 7 of the 50 µs a new instance took).
 */
final class InitDeadline implements AutoCloseable {
  /** How often the alarm thread looks while deadlines are being armed. */
  static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  /** Time without any deadline armed after which the alarm thread parks until the next one. */
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private static final Set<InitDeadline> ARMED = ConcurrentHashMap.newKeySet();
  private static final Thread ALARM = alarmThread();
  private static volatile boolean alarmParked;
  private static volatile long lastArmed = System.nanoTime();

  private final Thread caller = Thread.currentThread();
  private final long millis;
  private final long deadline;
  private boolean armed = true;
  private boolean fired;

  /** Arms the deadline for the current thread. */
  InitDeadline(long millis) {
    this.millis = millis;
    long now = System.nanoTime();
    this.deadline = now + TimeUnit.MILLISECONDS.toNanos(Math.max(millis, 0));
    lastArmed = now;
    ARMED.add(this);
    // the alarm thread publishes that it parks before it checks the set again: either it sees
    // this deadline, or this sees it parked and wakes it
    if (alarmParked) {
      LockSupport.unpark(ALARM);
    }
  }

  private static Thread alarmThread() {
    Thread thread = new Thread(InitDeadline::watch, "dataflare-wasm-init-deadline");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void watch() {
    while (true) {
      long now = System.nanoTime();
      long earliest = Long.MAX_VALUE;
      for (InitDeadline armed : ARMED) {
        long left = armed.deadline - now;
        if (left <= 0) {
          armed.fire();
        } else {
          earliest = Math.min(earliest, left);
        }
      }
      if (ARMED.isEmpty() && now - lastArmed > IDLE_NANOS) {
        alarmParked = true;
        if (ARMED.isEmpty()) {
          LockSupport.park();
        }
        alarmParked = false;
      } else {
        LockSupport.parkNanos(Math.min(TICK_NANOS, earliest));
      }
    }
  }

  private synchronized void fire() {
    ARMED.remove(this);
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
    ARMED.remove(this);
    synchronized (this) {
      armed = false;
      if (fired) {
        Thread.interrupted();
      }
    }
  }
}
