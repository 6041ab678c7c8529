package io.dataflare.runtime.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs plugin calls on worker threads under a deadline.
 *
 * <p>The caller waits for the worker until the deadline; at the deadline the worker is interrupted
 * and the caller returns at once with a timed-out {@link Outcome}, never waiting for the worker.
 * Chicory notices the interrupt within a millisecond; a native plugin that ignores it keeps its
 * worker, which is a daemon thread and is simply replaced for later calls. When a timed-out task
 * does end, the worker runs the task's clean-up (closing the discarded instance), clears its
 * interrupt flag and only then serves another call.
 *
 * <p>Each call's allocated bytes are measured on its worker thread.
 */
public final class CallExecutor implements AutoCloseable {
  /** Idle workers kept for reuse; more than this exit when they finish. */
  private static final int MAX_IDLE_WORKERS = 64;

  /**
   * How long a caller spins for its call's result, and a worker for its next call, before blocking
   * on a monitor. Waking a blocked thread costs a few microseconds each way, more than many calls:
   * a short spin lets back-to-back calls hand over without either thread going to sleep.
   */
  static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

  /** A call to run on a worker. */
  @FunctionalInterface
  public interface Task<T> {
    T run() throws Exception;
  }

  private final String threadName;
  private final AtomicInteger threadCount = new AtomicInteger();
  private final ArrayDeque<Worker> idle = new ArrayDeque<>();
  private final List<Worker> all = new ArrayList<>();
  private boolean closed;

  public CallExecutor(String threadName) {
    this.threadName = threadName;
  }

  /**
   * Starts {@code task} on a worker. The deadline counts from now.
   *
   * @param afterTimeout run on the worker if the task ends after its deadline passed (e.g. to close
   *     the instance the task was using); never run otherwise
   */
  public <T> PendingCall<T> start(Task<T> task, long timeoutNanos, Runnable afterTimeout) {
    return start(task, timeoutNanos, afterTimeout, SPIN_NANOS);
  }

  /**
   * Starts {@code task} on a worker that, once the task ends, spins for {@code idleSpinNanos}
   * (rather than {@link #SPIN_NANOS}) waiting for its next call before it blocks: for calls that
   * come back to back with gaps longer than the usual spin, such as the parts of consecutive
   * parallel batches.
   */
  public <T> PendingCall<T> start(
      Task<T> task, long timeoutNanos, Runnable afterTimeout, long idleSpinNanos) {
    PendingCall<T> call = new PendingCall<>(task, timeoutNanos, afterTimeout, idleSpinNanos);
    Worker worker;
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the runtime is closed: its call workers have stopped");
      }
      worker = idle.pollFirst();
      if (worker == null) {
        worker = new Worker(threadName + "-" + threadCount.incrementAndGet());
        all.add(worker);
        worker.assign(call);
        worker.thread.start();
        return call;
      }
    }
    worker.assign(call);
    return call;
  }

  /** Runs {@code task} on a worker and waits for it until the deadline. */
  public <T> Outcome<T> run(Task<T> task, long timeoutNanos, Runnable afterTimeout) {
    return start(task, timeoutNanos, afterTimeout).await();
  }

  /** Worker threads started so far (including abandoned ones). */
  public int threadsStarted() {
    return threadCount.get();
  }

  /** Workers waiting for a call now. */
  synchronized int idleWorkers() {
    return idle.size();
  }

  private synchronized boolean park(Worker worker) {
    if (closed || idle.size() >= MAX_IDLE_WORKERS) {
      all.remove(worker);
      return false;
    }
    idle.addFirst(worker);
    return true;
  }

  /** Stops idle workers; busy ones stop when their call ends. */
  @Override
  public void close() {
    List<Worker> idleWorkers;
    synchronized (this) {
      closed = true;
      idleWorkers = new ArrayList<>(idle);
      idle.clear();
      all.removeAll(idleWorkers);
    }
    idleWorkers.forEach(Worker::stop);
  }

  /**
   * Spins for at most {@code nanos} until {@code done} holds; the caller then takes the blocking
   * path, which sees the same condition under its lock.
   */
  private static void spinUntil(BooleanSupplier done, long nanos) {
    if (nanos <= 0) {
      return;
    }
    long start = System.nanoTime();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() - start >= nanos) {
        return;
      }
      Thread.onSpinWait();
    }
  }

  /**
   * What a call produced: a value or an error, or a timeout, plus its cost.
   *
   * @param endedAt {@code System.nanoTime()} when the call ended (or was given up)
   */
  public record Outcome<T>(
      @Nullable T value,
      @Nullable Throwable error,
      boolean timedOut,
      boolean callerInterrupted,
      long nanos,
      long allocatedBytes,
      long endedAt) {

    /** Whether the task returned normally before the deadline. */
    public boolean succeeded() {
      return !timedOut && error == null;
    }
  }

  /** A started call; {@link #await} it exactly once. */
  public static final class PendingCall<T> {
    private enum State {
      PENDING,
      RUNNING,
      DONE,
      TIMED_OUT
    }

    private final Task<T> task;
    private final long started = System.nanoTime();
    private final long deadline;
    private final Runnable afterTimeout;

    /** How long the worker spins for its next call after this one. */
    private final long idleSpinNanos;

    private State state = State.PENDING;

    /** Set with {@code state = DONE}, read without the lock while the caller spins. */
    private volatile boolean finished;

    private @Nullable Thread runner;
    private @Nullable Outcome<T> outcome;

    private PendingCall(
        Task<T> task, long timeoutNanos, Runnable afterTimeout, long idleSpinNanos) {
      this.task = task;
      this.idleSpinNanos = idleSpinNanos;
      this.deadline = started + timeoutNanos;
      this.afterTimeout = afterTimeout;
    }

    /**
     * Waits for the call until its deadline. At the deadline (or when the waiting thread is
     * interrupted, whose flag is then restored) the worker is interrupted and a timed-out outcome
     * returned at once.
     */
    public Outcome<T> await() {
      return await(SPIN_NANOS);
    }

    /** Waits as {@link #await()} does, spinning for up to {@code spinNanos} (0: none) first. */
    public Outcome<T> await(long spinNanos) {
      spinUntil(() -> finished, Math.min(spinNanos, deadline - System.nanoTime()));
      if (finished) {
        // written before finished: no lock to take, which the worker may still hold as it leaves
        // (a caller blocked on that lock waited for the operating system to wake it, 10-20 µs)
        return java.util.Objects.requireNonNull(outcome);
      }
      return awaitBlocked();
    }

    /**
     * Waits as {@link #await} does, but blocks at once instead of spinning first: for a caller that
     * has handed several long calls to workers, whose spinning would take a core from them.
     */
    public synchronized Outcome<T> awaitBlocked() {
      while (state != State.DONE) {
        long remaining = deadline - System.nanoTime();
        boolean interrupted = false;
        if (remaining > 0) {
          try {
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
            continue;
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
        if (state == State.DONE) {
          break;
        }
        if (state == State.RUNNING && runner != null) {
          runner.interrupt();
        }
        state = State.TIMED_OUT;
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
        long now = System.nanoTime();
        return new Outcome<>(
            null, null, true, interrupted, now - started, AllocationMeter.NOT_MEASURED, now);
      }
      return java.util.Objects.requireNonNull(outcome);
    }

    /**
     * Runs on the worker. Returns normally whatever the task does.
     *
     * @param beforeDone run on the worker just before the caller can see the outcome (not when the
     *     call timed out): the worker offers itself for the next call there, so a caller that makes
     *     its next call at once finds it idle and still spinning
     */
    private void execute(Thread worker, Runnable beforeDone) {
      boolean expired;
      synchronized (this) {
        expired = state == State.TIMED_OUT;
        if (!expired) {
          state = State.RUNNING;
          runner = worker;
        }
      }
      if (expired) {
        cleanUp();
        return;
      }
      long allocatedBefore = AllocationMeter.current();
      long start = System.nanoTime();
      T value = null;
      Throwable error = null;
      try {
        value = task.run();
      } catch (Throwable e) {
        error = e;
      }
      long nanos = System.nanoTime() - start;
      long allocated = AllocationMeter.since(allocatedBefore);
      boolean timedOut;
      synchronized (this) {
        runner = null;
        timedOut = state == State.TIMED_OUT;
        if (!timedOut) {
          beforeDone.run();
          outcome = new Outcome<>(value, error, false, false, nanos, allocated, start + nanos);
          state = State.DONE;
          finished = true;
          notifyAll();
        }
      }
      if (timedOut) {
        Thread.interrupted(); // our deadline interrupt: the clean-up must not see it
        cleanUp();
      }
    }

    private void cleanUp() {
      try {
        afterTimeout.run();
      } catch (RuntimeException | Error e) {
        // the instance is gone either way; nothing more to do with a failing close
      }
    }
  }

  /** A daemon thread that runs one call at a time. */
  private final class Worker implements Runnable {
    private final Thread thread;
    private volatile @Nullable PendingCall<?> next;
    private volatile boolean stopped;

    /** Whether this worker offered itself for the next call since it took its current one. */
    private boolean offered;

    /** Whether its last offer was taken; a worker that was refused stops. */
    private boolean staying = true;

    Worker(String name) {
      thread = new Thread(this, name);
      thread.setDaemon(true);
    }

    synchronized void assign(PendingCall<?> call) {
      next = call;
      notifyAll();
    }

    synchronized void stop() {
      stopped = true;
      notifyAll();
    }

    private @Nullable PendingCall<?> take(long spinNanos) {
      spinUntil(() -> next != null || stopped, spinNanos);
      PendingCall<?> call = next;
      if (call != null) {
        // taken without the lock, which its caller may still hold: a worker is assigned one call
        // per offer, so nothing else is written here before this worker offers itself again
        next = null;
        return call;
      }
      return takeBlocking();
    }

    private synchronized @Nullable PendingCall<?> takeBlocking() {
      while (next == null && !stopped) {
        try {
          wait();
        } catch (InterruptedException e) {
          // a late deadline interrupt; the flag is cleared, keep waiting for work
        }
      }
      PendingCall<?> call = next;
      next = null;
      return call;
    }

    @Override
    public void run() {
      long spinNanos = SPIN_NANOS;
      while (true) {
        PendingCall<?> call = take(spinNanos);
        if (call == null) {
          return;
        }
        spinNanos = call.idleSpinNanos;
        offered = false;
        call.execute(thread, this::offer);
        Thread.interrupted(); // a call must never start with a stale interrupt
        if (!offered) {
          offer();
        }
        if (!staying) {
          return;
        }
      }
    }

    /** Goes back to the idle workers (once per call), or notes that this worker must stop. */
    private void offer() {
      offered = true;
      staying = park(this);
    }
  }
}
