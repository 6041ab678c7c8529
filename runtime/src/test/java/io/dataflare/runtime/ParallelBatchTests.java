package io.dataflare.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.fixtures.Awaits;
import io.dataflare.runtime.fixtures.CountingAggregate;
import io.dataflare.runtime.fixtures.FixturePlugin;
import io.dataflare.runtime.fixtures.InterruptIgnoringFilter;
import io.dataflare.runtime.fixtures.KeepFilter;
import io.dataflare.runtime.fixtures.LoopOnDemandFilter;
import io.dataflare.runtime.fixtures.Records;
import io.dataflare.runtime.fixtures.SplitFlatMap;
import io.dataflare.runtime.fixtures.ThrowingFilter;
import io.dataflare.runtime.fixtures.UppercaseMap;
import io.dataflare.runtime.fixtures.WaitingFilter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ParallelBatchTests {
  private final PluginRuntime runtime = PluginRuntime.builder().withPoolSize(4).build();

  @AfterEach
  void close() {
    InterruptIgnoringFilter.releaseAll();
    Awaits.until(() -> InterruptIgnoringFilter.stuckThreads() == 0);
    runtime.close();
  }

  private PluginHandle load(Class<? extends FixturePlugin> plugin, PluginType type) {
    return runtime.load(FixturePlugin.manifestOf(plugin, type));
  }

  /** A filter whose calls time out after 200 ms. */
  private PluginHandle loadFilterTimingOut(Class<? extends FixturePlugin> plugin) {
    return runtime.load(
        FixturePlugin.manifestOf(plugin, PluginType.FILTER, Duration.ofMillis(200)));
  }

  /** {@code count} values, all {@code value}, for a test to plant others among them. */
  private static String[] allOf(int count, String value) {
    String[] values = new String[count];
    java.util.Arrays.fill(values, value);
    return values;
  }

  private static CallLimits limits(PluginHandle handle) {
    return handle.defaultLimits();
  }

  @Test
  void splitsOverSeveralInstancesAndKeepsInputOrder() {
    PluginHandle handle = load(UppercaseMap.class, PluginType.MAP);
    List<PluginRecord> batch = Records.numbered(1_000);

    BatchResult result = handle.processBatchParallel(batch, 4, limits(handle));

    assertThat(result.succeeded()).isTrue();
    assertThat(result.outputs())
        .extracting(OutputRecord::sourceIndex)
        .containsExactlyElementsOf(IntStream.range(0, 1_000).boxed().toList());
    assertThat(Records.values(result).get(999)).isEqualTo("R999");
    assertThat(handle.poolStatistics().creations()).isEqualTo(4);
  }

  @Test
  void givesTheSameOutputsAsOneInstance() {
    PluginHandle handle = load(SplitFlatMap.class, PluginType.FLAT_MAP);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      values.add(i % 3 == 0 ? "" : i + "," + i);
    }
    List<PluginRecord> batch = Records.texts(values.toArray(String[]::new));

    BatchResult parallel = handle.processBatchParallel(batch, 3, limits(handle));
    BatchResult single = handle.processBatch(batch);

    assertThat(parallel.outputs()).isEqualTo(single.outputs());
  }

  @Test
  void rebasesTheSourceIndexesOfEachPart() {
    PluginHandle handle = load(KeepFilter.class, PluginType.FILTER);
    String[] values = new String[40];
    for (int i = 0; i < values.length; i++) {
      values[i] = i % 10 == 9 ? "keep" : "drop";
    }

    BatchResult result = handle.processBatchParallel(Records.texts(values), 4, limits(handle));

    assertThat(result.outputs())
        .extracting(OutputRecord::sourceIndex)
        .containsExactly(9, 19, 29, 39);
  }

  @Test
  void failsWithTheFailureOfTheLowestRecordIndex() {
    PluginHandle handle = load(ThrowingFilter.class, PluginType.FILTER);
    String[] values = allOf(1_000, "fine");
    values[700] = "boom";
    values[300] = "boom";

    BatchResult result = handle.processBatchParallel(Records.texts(values), 4, limits(handle));

    PluginFailure failure = result.failure().orElseThrow();
    assertThat(failure.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(failure.recordIndex()).isEqualTo(300);
    assertThat(result.outputs()).isEmpty();
  }

  @Test
  void letsTheOtherInstancesTakeTheRecordsOfOneThatIsHeldUp() {
    WaitingFilter.expect(1_500);
    PluginHandle handle = load(WaitingFilter.class, PluginType.FILTER);
    String[] values = allOf(2_000, "go");
    values[0] = "wait";

    BatchResult result = handle.processBatchParallel(Records.texts(values), 2, limits(handle));

    assertThat(result.succeeded()).as("%s", result).isTrue();
    assertThat(result.outputs()).hasSize(2_000);
    // split once into halves, the held-up instance would have had 1,000 records
    assertThat(WaitingFilter.processedPerInstance())
        .hasSize(2)
        .anySatisfy(records -> assertThat(records).isLessThan(500));
  }

  @Test
  void namesTheRecordANativePartTimedOutOn() {
    PluginHandle handle = loadFilterTimingOut(LoopOnDemandFilter.class);
    String[] values = allOf(1_000, "fine");
    values[900] = "loop";

    BatchResult result = handle.processBatchParallel(Records.texts(values), 2, limits(handle));

    PluginFailure failure = result.failure().orElseThrow();
    assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(failure.recordIndex()).isEqualTo(900);
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
    assertThat(handle.processBatchParallel(Records.numbered(100), 2, limits(handle)).succeeded())
        .isTrue();
  }

  @Test
  void givesNoFurtherRecordsToPartsThatTimedOutButStillRun() throws InterruptedException {
    PluginHandle handle = loadFilterTimingOut(InterruptIgnoringFilter.class);
    String[] values = allOf(1_000, "fine");
    values[0] = "hang"; // the first chunk: one part
    values[64] = "hang"; // the second chunk: the other part
    values[999] = "hang"; // the last chunk, which a part that went on would reach

    BatchResult result = handle.processBatchParallel(Records.texts(values), 2, limits(handle));
    InterruptIgnoringFilter.releaseAll();

    assertThat(result.failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
    Awaits.until(() -> InterruptIgnoringFilter.stuckThreads() == 0);
    Thread.sleep(100); // a part that took the next chunks would be stuck on the last by now
    assertThat(InterruptIgnoringFilter.stuckThreads()).isZero();
  }

  @Test
  void runsAnAggregateOnOneInstance() {
    PluginHandle handle = load(CountingAggregate.class, PluginType.AGGREGATE);

    BatchResult result = handle.processBatchParallel(Records.numbered(100), 4, limits(handle));

    assertThat(Records.values(result)).containsExactly("count=100");
    assertThat(handle.poolStatistics().creations()).isEqualTo(1);
  }

  @Test
  void usesOnlyTheInstancesThePoolCanGive() {
    PluginRuntime small = PluginRuntime.builder().withPoolSize(2).build();
    try {
      PluginHandle handle =
          small.load(FixturePlugin.manifestOf(UppercaseMap.class, PluginType.MAP));

      BatchResult result = handle.processBatchParallel(Records.numbered(64), 8, limits(handle));

      assertThat(result.outputs()).hasSize(64);
      assertThat(handle.poolStatistics().creations()).isEqualTo(2);
    } finally {
      small.close();
    }
  }
}
