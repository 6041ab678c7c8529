package io.dataflare.conformance.hostile;

import static io.dataflare.conformance.fixtures.Batches.good;
import static io.dataflare.conformance.fixtures.Batches.hostile;
import static io.dataflare.conformance.fixtures.Batches.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.conformance.fixtures.Corpus;
import io.dataflare.conformance.fixtures.HostileCase;
import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.CallLimits;
import io.dataflare.runtime.PluginFailure;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pool holds under concurrency: four threads hammer one handle of a hostile plugin (a pool of
 * two instances), mixing good and hostile batches; every good batch gives exactly its records and
 * every hostile one fails as expected. Good batches get a long deadline, so a starved thread on a
 * busy machine cannot make them time out; hostile ones keep the manifest's 300 ms.
 *
 * <p>The unbounded allocator is left out: running out of heap hits every thread of the JVM, not
 * only the plugin's (its own test runs it alone).
 */
class HostileCorpusInParallelTests {
  private static final int THREADS = 4;
  private static final int ROUNDS = 6;
  private static final CallLimits GOOD_LIMITS = CallLimits.timeout(Duration.ofSeconds(30));

  private final PluginRuntime runtime = PluginRuntime.builder().withPoolSize(2).build();

  @AfterEach
  void close() {
    runtime.close();
  }

  static Stream<HostileCase> triggered() {
    return Corpus.triggeredCalls().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("triggered")
  void poolHoldsWhenThreadsMixGoodAndHostileBatchesOnOneHandle(HostileCase hostile)
      throws Exception {
    PluginHandle handle = runtime.load(hostile.manifest());

    List<String> problems = hammer(THREADS, thread -> rounds(handle, hostile, thread));

    assertThat(problems).isEmpty();
    assertThat(values(handle.processBatch(good("after"), GOOD_LIMITS))).containsExactly("after");
    assertThat(handle.poolStatistics().idle()).isLessThanOrEqualTo(2);
  }

  @Test
  void everyHostilePluginAtOnceEachWithTwoThreads() throws Exception {
    List<HostileCase> cases = Corpus.triggeredCalls();
    List<PluginHandle> handles = cases.stream().map(c -> runtime.load(c.manifest())).toList();

    List<String> problems =
        hammer(
            2 * cases.size(),
            thread -> rounds(handles.get(thread / 2), cases.get(thread / 2), thread));

    assertThat(problems).isEmpty();
    for (PluginHandle handle : handles) {
      assertThat(values(handle.processBatch(good("after"), GOOD_LIMITS))).containsExactly("after");
    }
  }

  @Test
  void hundredthCallFailuresUnderConcurrencyAreExactlyTheDiscardedInstances() throws Exception {
    HostileCase hundredth = Corpus.FAILS_ON_100TH_CALL;
    PluginHandle handle = runtime.load(hundredth.manifest());
    Queue<FailureKind> failures = new ConcurrentLinkedQueue<>();

    List<String> problems =
        hammer(
            THREADS,
            thread -> {
              List<String> wrong = new ArrayList<>();
              for (int call = 0; call < 100; call++) {
                String value = "t" + thread + "-" + call;
                BatchResult result = handle.processBatch(good(value), GOOD_LIMITS);
                if (result.succeeded() && !values(result).equals(List.of(value))) {
                  wrong.add(value + " gave " + values(result));
                }
                result.failure().map(PluginFailure::kind).ifPresent(failures::add);
              }
              return wrong;
            });

    assertThat(problems).isEmpty();
    assertThat(failures).containsOnly(FailureKind.TRAP);
    // 400 calls on a pool of two: each instance serves 99 calls, traps on its 100th and is
    // replaced; at most 2 x 99 calls land on the two instances alive at the end
    assertThat(failures).hasSizeBetween(3, 4);
    assertThat(handle.poolStatistics().discards()).isEqualTo(failures.size());
  }

  /** What one thread does: good and hostile batches in turn; returns what went wrong. */
  private static List<String> rounds(PluginHandle handle, HostileCase hostile, int thread) {
    List<String> problems = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      if (round % 2 == 0) {
        String a = "t" + thread + "-r" + round;
        BatchResult result = handle.processBatch(good(a, a + "b"), GOOD_LIMITS);
        if (!result.succeeded() || !values(result).equals(List.of(a, a + "b"))) {
          problems.add(hostile + " good batch " + a + ": " + result);
        }
      } else {
        BatchResult result = handle.processBatch(hostile());
        PluginFailure failure = result.failure().orElse(null);
        if (failure == null
            || failure.kind() != hostile.kind()
            || !failure.message().startsWith(hostile.messagePrefix())
            || !failure.message().contains(hostile.detail())) {
          problems.add(hostile + " hostile batch on thread " + thread + ": " + result);
        }
      }
    }
    return problems;
  }

  /** Runs {@code work} on {@code threads} threads at once; returns every problem they found. */
  private static List<String> hammer(int threads, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        running.add(pool.submit(() -> work.run(thread)));
      }
      List<String> problems = new ArrayList<>();
      for (Future<List<String>> future : running) {
        problems.addAll(future.get());
      }
      return problems;
    } finally {
      pool.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface Work {
    List<String> run(int thread);
  }
}
