package io.dataflare.runtime.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Enforces call deadlines on the calling thread itself: a call is watched while it runs, and one
 * daemon thread interrupts the caller if the call is still running at its deadline. Chicory stops a
 * WASM call within a millisecond of an interrupt; code that ignores interrupts (native plugins)
 * must not be watched, since nothing could then stop it.
 *
 * <p>The race between a call ending and its deadline passing is settled on one atomic word per
 * thread holding a call number and a phase. The caller ends its call by moving its phase from
 * running to idle; the watchdog fires by moving the same call (same number) from running to firing,
 * interrupts, then marks it fired. Exactly one of the two moves succeeds. When the watchdog won,
 * the caller waits until the interrupt has been delivered, then clears its interrupt flag before it
 * leaves the call, so no interrupt of ours ever reaches a thread after its call, and a later call
 * of the same thread is never hit by an earlier deadline.
 *
 * <p>Watching costs a few volatile writes: the watchdog sleeps until the earliest deadline it knows
 * of, and a caller wakes it only when its own deadline is earlier than that.
 */
final class Watchdog implements AutoCloseable {
  /**
   * How long the watchdog sleeps when it knows of no running call before it looks again; calls
   * whose deadline is further away than this never need to wake it.
   */
  static final long IDLE_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  /** Ticks without any call after which the watchdog sleeps until a call wakes it. */
  private static final int IDLE_TICKS_BEFORE_SLEEP = 20;

  /** Longest deadline: a larger timeout is as good as none, and cannot overflow. */
  private static final long MAX_TIMEOUT_NANOS = TimeUnit.DAYS.toNanos(365 * 100L);

  private static final long IDLE = 0;
  private static final long RUNNING = 1;
  private static final long FIRING = 2;
  private static final long FIRED = 3;
  private static final long PHASE = 3;
  private static final long NEXT_CALL = 4;

  private final String threadName;
  private final List<Watch> watches = new CopyOnWriteArrayList<>();
  private final ThreadLocal<@Nullable Watch> current = new ThreadLocal<>();
  private final AtomicLong nextWake = new AtomicLong(Long.MAX_VALUE);
  private final Object startLock = new Object();
  private volatile @Nullable Thread thread;
  private volatile boolean closed;

  Watchdog(String threadName) {
    this.threadName = threadName;
  }

  /**
   * Starts watching a call of the current thread.
   *
   * @return the watch to {@link Watch#end} when the call ends, or {@code null} when this thread is
   *     already in a watched call (nested calls are not watched here: run them elsewhere)
   * @throws IllegalStateException when the watchdog is closed
   */
  @Nullable Watch start(long timeoutNanos, long now) {
    if (closed) {
      throw new IllegalStateException("the runtime is closed: its call watchdog has stopped");
    }
    Watch watch = current.get();
    if (watch == null) {
      watch = new Watch(Thread.currentThread());
      current.set(watch);
      watches.add(watch);
    } else if ((watch.state.get() & PHASE) != IDLE) {
      return null;
    }
    long deadline = now + Math.min(Math.max(timeoutNanos, 0), MAX_TIMEOUT_NANOS);
    watch.begin(now, deadline);
    long planned = nextWake.get();
    if (planned == Long.MAX_VALUE || deadline - planned < 0) {
      nextWake.accumulateAndGet(deadline, Watchdog::earlier);
      wake();
    }
    return watch;
  }

  /**
   * Runs {@code task} on the current thread under a deadline.
   *
   * @param measureAllocation whether to measure the bytes the call allocates (two reads of the
   *     thread's allocation counter, which cost about as much as a one-record WASM call)
   * @return what the call produced, timed out when the deadline interrupted it or when the calling
   *     thread's own interrupt (which stays set) stopped it; {@code null} when this thread is
   *     already in a watched call and the task was not run
   */
  <T> CallExecutor.@Nullable Outcome<T> run(
      CallExecutor.Task<T> task, long timeoutNanos, boolean measureAllocation) {
    return run(task, timeoutNanos, measureAllocation, System.nanoTime());
  }

  /**
   * Like {@link #run(CallExecutor.Task, long, boolean)}, for a call that started at {@code
   * startedAt} ({@code System.nanoTime()} the caller read just before): its deadline counts from
   * then.
   */
  <T> CallExecutor.@Nullable Outcome<T> run(
      CallExecutor.Task<T> task, long timeoutNanos, boolean measureAllocation, long startedAt) {
    long allocatedBefore =
        measureAllocation ? AllocationMeter.current() : AllocationMeter.NOT_MEASURED;
    Watch watch = start(timeoutNanos, startedAt);
    if (watch == null) {
      return null;
    }
    long started = watch.started;
    T value = null;
    Throwable error = null;
    try {
      value = task.run();
    } catch (Throwable e) {
      error = e;
    }
    boolean fired = watch.end();
    long ended = System.nanoTime();
    long nanos = ended - started;
    long allocated =
        measureAllocation ? AllocationMeter.since(allocatedBefore) : AllocationMeter.NOT_MEASURED;
    if (fired) {
      return new CallExecutor.Outcome<>(null, null, true, false, nanos, allocated, ended);
    }
    if (error != null && Thread.currentThread().isInterrupted()) {
      return new CallExecutor.Outcome<>(null, null, true, true, nanos, allocated, ended);
    }
    return new CallExecutor.Outcome<>(value, error, false, false, nanos, allocated, ended);
  }

  private void wake() {
    Thread watcher = thread;
    if (watcher == null) {
      synchronized (startLock) {
        watcher = thread;
        if (watcher == null && !closed) {
          watcher = new Thread(this::watch, threadName);
          watcher.setDaemon(true);
          thread = watcher;
          watcher.start();
          return;
        }
      }
    }
    if (watcher != null) {
      LockSupport.unpark(watcher);
    }
  }

  /** The earlier of two {@code nanoTime} instants, {@link Long#MAX_VALUE} meaning never. */
  private static long earlier(long a, long b) {
    if (a == Long.MAX_VALUE) {
      return b;
    }
    if (b == Long.MAX_VALUE) {
      return a;
    }
    return a - b <= 0 ? a : b;
  }

  /** The watchdog thread: fire what is due, then sleep until the earliest deadline it knows. */
  private void watch() {
    int idleTicks = 0;
    while (!closed) {
      // Forget the planned wake-up before looking: a call starting from now on either is seen
      // below or finds no earlier wake-up planned and wakes us itself.
      nextWake.set(Long.MAX_VALUE);
      long now = System.nanoTime();
      long earliest = Long.MAX_VALUE;
      boolean running = false;
      for (Watch watch : watches) {
        running |= watch.calledSinceLastLook();
        long deadline = watch.fireIfDue(now);
        if (deadline != Long.MAX_VALUE) {
          running = true;
          earliest = earlier(earliest, deadline);
        } else if (!watch.owner.isAlive()) {
          watches.remove(watch);
        }
      }
      idleTicks = running ? 0 : idleTicks + 1;
      long planned =
          running || idleTicks < IDLE_TICKS_BEFORE_SLEEP
              ? earlier(earliest, now + IDLE_TICK_NANOS)
              : Long.MAX_VALUE;
      long wake = nextWake.accumulateAndGet(planned, Watchdog::earlier);
      if (wake == Long.MAX_VALUE) {
        LockSupport.park(this);
      } else {
        long wait = wake - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(this, wait);
        }
      }
    }
  }

  /** Stops the watchdog thread; calls being watched are no longer interrupted. */
  @Override
  public void close() {
    closed = true;
    Thread watcher = thread;
    if (watcher != null) {
      LockSupport.unpark(watcher);
    }
  }

  /** The watched calls of one thread, one at a time. */
  static final class Watch {
    private static final VarHandle DEADLINE;

    static {
      try {
        DEADLINE = MethodHandles.lookup().findVarHandle(Watch.class, "deadline", long.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private final Thread owner;

    /** Call number times {@link #NEXT_CALL}, plus the phase. */
    private final AtomicLong state = new AtomicLong();

    /** Written with release before the state's volatile write, read with acquire after it. */
    @SuppressWarnings("unused") // through DEADLINE
    private long deadline;

    /** When the current call started ({@code nanoTime}); read by its own thread only. */
    private long started;

    /** The call number the watchdog saw last; read and written by the watchdog only. */
    private long lastSeenCall;

    private Watch(Thread owner) {
      this.owner = owner;
    }

    private void begin(long now, long callDeadline) {
      started = now;
      DEADLINE.setRelease(this, callDeadline);
      long call = state.get() & ~PHASE;
      state.set(call + NEXT_CALL + RUNNING);
    }

    /**
     * Ends the current call on its own thread.
     *
     * @return whether the deadline passed first: the thread was interrupted and its interrupt flag
     *     has been cleared again
     */
    boolean end() {
      long running = state.get();
      long call = running & ~PHASE;
      if ((running & PHASE) == RUNNING && state.compareAndSet(running, call + IDLE)) {
        return false;
      }
      while ((state.get() & PHASE) == FIRING) {
        Thread.yield(); // the watchdog is between winning the race and interrupting us
      }
      Thread.interrupted(); // our deadline's interrupt, delivered: it must not outlive the call
      state.set(call + IDLE);
      return true;
    }

    /**
     * On the watchdog thread: whether the owner started a call since the watchdog last looked, so
     * that a thread making short calls keeps the watchdog ticking instead of waking it each time.
     */
    private boolean calledSinceLastLook() {
      long call = state.get() & ~PHASE;
      boolean called = call != lastSeenCall;
      lastSeenCall = call;
      return called;
    }

    /**
     * On the watchdog thread: interrupts the owner when its call is past its deadline.
     *
     * @return the running call's deadline when it is not due yet, else {@link Long#MAX_VALUE}
     */
    private long fireIfDue(long now) {
      long running = state.get();
      if ((running & PHASE) != RUNNING) {
        return Long.MAX_VALUE;
      }
      long due = (long) DEADLINE.getAcquire(this); // a later call's? then the CAS below fails
      if (now - due < 0) {
        return due;
      }
      long call = running & ~PHASE;
      if (state.compareAndSet(running, call + FIRING)) {
        owner.interrupt();
        state.set(call + FIRED);
      }
      return Long.MAX_VALUE;
    }
  }
}
