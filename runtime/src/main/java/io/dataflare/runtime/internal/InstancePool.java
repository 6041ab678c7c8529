package io.dataflare.runtime.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A bounded pool of instances, each used by one thread at a time.
 *
 * <p>At most {@code maxSize} instances are alive (idle or borrowed); a borrower beyond that waits
 * for one to come back. A borrowed instance comes back by {@link #giveBack} (healthy), {@link
 * #discard} (broken: closed now) or {@link #abandon} (broken and still in use by a thread that
 * cannot be stopped: its slot is freed, and whoever holds it closes it later). Idle instances are
 * reused last-in first-out, so a steady caller keeps hitting the same warm instance.
 *
 * @param <T> the instance type
 */
public final class InstancePool<T> implements AutoCloseable {

  /** Makes a new instance; may throw any runtime exception, which the borrower receives. */
  @FunctionalInterface
  public interface Creator<T> {
    T create();
  }

  /** Counters read at one moment. */
  public record Statistics(long borrows, long waits, long creations, long discards, int idle) {}

  private final int maxSize;
  private final Creator<T> creator;
  private final Consumer<T> closer;
  private final Consumer<T> abandoned;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition returned = lock.newCondition();
  private final ArrayDeque<T> idle = new ArrayDeque<>();
  private int alive;
  private boolean closed;
  private long borrows;
  private long waits;
  private long creations;
  private long discards;

  public InstancePool(int maxSize, Creator<T> creator, Consumer<T> closer) {
    this(maxSize, creator, closer, instance -> {});
  }

  /**
   * A pool whose {@code abandoned} callback hears of every instance given up with {@link #abandon},
   * which the pool will neither close nor see again.
   */
  public InstancePool(int maxSize, Creator<T> creator, Consumer<T> closer, Consumer<T> abandoned) {
    if (maxSize < 1) {
      throw new IllegalArgumentException("pool size must be at least 1 but was [" + maxSize + "]");
    }
    this.maxSize = maxSize;
    this.creator = creator;
    this.closer = closer;
    this.abandoned = abandoned;
  }

  /** Most instances alive at once. */
  public int maxSize() {
    return maxSize;
  }

  /**
   * Takes an idle instance, creates one when there is room, or waits up to {@code maxWaitNanos} for
   * one to come back.
   *
   * @return the instance, or {@code null} when none came back in time
   * @throws InterruptedException when the waiting thread is interrupted
   * @throws IllegalStateException when the pool is closed
   * @throws RuntimeException whatever the creator threw
   */
  public @Nullable T borrow(long maxWaitNanos) throws InterruptedException {
    long remaining = maxWaitNanos;
    boolean counted = false;
    lock.lock();
    try {
      while (true) {
        ensureOpen();
        T instance = idle.pollFirst();
        if (instance != null) {
          borrows++;
          return instance;
        }
        if (alive < maxSize) {
          alive++;
          break;
        }
        if (!counted) {
          waits++;
          counted = true;
        }
        if (remaining <= 0) {
          return null;
        }
        remaining = returned.awaitNanos(remaining);
      }
    } finally {
      lock.unlock();
    }
    return createReserved(true);
  }

  /** Takes an idle instance if there is one; never creates one, never waits. */
  public @Nullable T pollIdle() {
    lock.lock();
    try {
      ensureOpen();
      T instance = idle.pollFirst();
      if (instance != null) {
        borrows++;
      }
      return instance;
    } finally {
      lock.unlock();
    }
  }

  /** Takes an idle instance or creates one when there is room; never waits. */
  public @Nullable T tryBorrow() {
    lock.lock();
    try {
      ensureOpen();
      T instance = idle.pollFirst();
      if (instance != null) {
        borrows++;
        return instance;
      }
      if (alive >= maxSize) {
        return null;
      }
      alive++;
    } finally {
      lock.unlock();
    }
    return createReserved(true);
  }

  /**
   * Creates an instance for a slot already counted in {@code alive}, freeing the slot when the
   * creator fails.
   */
  private T createReserved(boolean borrowed) {
    boolean created = false;
    try {
      T instance = creator.create();
      created = true;
      return instance;
    } finally {
      lock.lock();
      try {
        if (created) {
          creations++;
          borrows += borrowed ? 1 : 0;
        } else {
          alive--;
          returned.signal();
        }
      } finally {
        lock.unlock();
      }
    }
  }

  /** Returns a healthy instance for reuse (closes it when the pool is closed). */
  public void giveBack(T instance) {
    lock.lock();
    try {
      if (!closed) {
        idle.addFirst(instance);
        returned.signal();
        return;
      }
      alive--;
    } finally {
      lock.unlock();
    }
    closer.accept(instance);
  }

  /** Throws a broken instance away and closes it; its slot is free for a new one. */
  public void discard(T instance) {
    forget();
    closer.accept(instance);
  }

  /**
   * Throws away an instance a thread is still using (a call past its deadline). Its slot is free at
   * once; the pool never sees it again, and the caller arranges for it to be closed.
   */
  public void abandon(T instance) {
    forget();
    abandoned.accept(instance);
  }

  private void forget() {
    lock.lock();
    try {
      alive--;
      discards++;
      returned.signal();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Creates instances until {@code count} are idle (at most the pool size), so first calls find a
   * warm instance.
   *
   * @throws RuntimeException whatever the creator threw
   */
  public void warmUp(int count) {
    int target = Math.min(count, maxSize);
    while (true) {
      lock.lock();
      try {
        ensureOpen();
        if (idle.size() >= target || alive >= maxSize) {
          return;
        }
        alive++;
      } finally {
        lock.unlock();
      }
      giveBack(createReserved(false));
    }
  }

  /** The pool's counters now. */
  public Statistics statistics() {
    lock.lock();
    try {
      return new Statistics(borrows, waits, creations, discards, idle.size());
    } finally {
      lock.unlock();
    }
  }

  /** Closes idle instances now; borrowed ones are closed when they come back. */
  @Override
  public void close() {
    List<T> toClose;
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      toClose = new ArrayList<>(idle);
      alive -= idle.size();
      idle.clear();
      returned.signalAll();
    } finally {
      lock.unlock();
    }
    toClose.forEach(closer);
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the instance pool is closed: the runtime was closed");
    }
  }
}
