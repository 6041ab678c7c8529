package io.dataflare.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class InstancePoolTests {
  private static final long WAIT = Duration.ofSeconds(5).toNanos();

  private final AtomicInteger made = new AtomicInteger();
  private final List<Integer> closed = new ArrayList<>();

  private InstancePool<Integer> pool(int size) {
    return new InstancePool<>(size, made::incrementAndGet, closed::add);
  }

  @Test
  void reusesAReturnedInstance() throws InterruptedException {
    InstancePool<Integer> pool = pool(2);

    Integer first = pool.borrow(WAIT);
    pool.giveBack(first);
    Integer second = pool.borrow(WAIT);

    assertThat(second).isSameAs(first);
    assertThat(pool.statistics()).isEqualTo(new InstancePool.Statistics(2, 0, 1, 0, 0));
  }

  @Test
  void createsANewInstanceAfterADiscardAndClosesTheDiscardedOne() throws InterruptedException {
    InstancePool<Integer> pool = pool(1);

    Integer broken = pool.borrow(WAIT);
    pool.discard(broken);
    Integer fresh = pool.borrow(WAIT);

    assertThat(fresh).isNotEqualTo(broken);
    assertThat(closed).containsExactly(broken);
    assertThat(pool.statistics().discards()).isEqualTo(1);
    assertThat(pool.statistics().creations()).isEqualTo(2);
  }

  @Test
  void freesTheSlotOfAnAbandonedInstanceWithoutClosingIt() throws InterruptedException {
    InstancePool<Integer> pool = pool(1);

    Integer stuck = pool.borrow(WAIT);
    pool.abandon(stuck);

    assertThat(pool.borrow(0)).isNotNull().isNotEqualTo(stuck);
    assertThat(closed).isEmpty();
  }

  @Test
  void makesABorrowerBeyondTheSizeWaitForAReturn() throws Exception {
    InstancePool<Integer> pool = pool(1);
    Integer held = pool.borrow(WAIT);
    AtomicReference<Integer> received = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);

    Thread waiter =
        new Thread(
            () -> {
              try {
                received.set(pool.borrow(WAIT));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              done.countDown();
            });
    waiter.start();
    while (pool.statistics().waits() == 0) {
      Thread.onSpinWait();
    }
    pool.giveBack(held);

    assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(received.get()).isSameAs(held);
    assertThat(pool.statistics().waits()).isEqualTo(1);
    assertThat(pool.statistics().creations()).isEqualTo(1);
  }

  @Test
  void givesUpWaitingAfterTheMaximumWait() throws InterruptedException {
    InstancePool<Integer> pool = pool(1);
    pool.borrow(WAIT);

    assertThat(pool.borrow(TimeUnit.MILLISECONDS.toNanos(20))).isNull();
    assertThat(pool.tryBorrow()).isNull();
  }

  @Test
  void warmsUpToTheRequestedIdleCountButNotBeyondTheSize() {
    InstancePool<Integer> pool = pool(3);

    pool.warmUp(5);

    assertThat(pool.statistics()).isEqualTo(new InstancePool.Statistics(0, 0, 3, 0, 3));
  }

  @Test
  void freesTheSlotWhenCreationFails() {
    InstancePool<Integer> pool =
        new InstancePool<>(
            1,
            () -> {
              throw new IllegalStateException("cannot create");
            },
            i -> {});

    assertThatThrownBy(() -> pool.borrow(WAIT)).hasMessage("cannot create");
    assertThatThrownBy(() -> pool.borrow(0)).hasMessage("cannot create"); // not "pool full"
    assertThat(pool.statistics().borrows()).isZero();
  }

  @Test
  void closesIdleInstancesOnCloseAndBorrowedOnesWhenTheyComeBack() throws InterruptedException {
    InstancePool<Integer> pool = pool(2);
    Integer borrowed = pool.borrow(WAIT);
    pool.warmUp(1);

    pool.close();
    assertThat(closed).hasSize(1).doesNotContain(borrowed);
    pool.giveBack(borrowed);

    assertThat(closed).hasSize(2).contains(borrowed);
    assertThatThrownBy(() -> pool.borrow(0)).isInstanceOf(IllegalStateException.class);
  }
}
