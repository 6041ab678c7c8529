package io.dataflare.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.fixtures.FixturePlugin;
import io.dataflare.runtime.fixtures.Records;
import io.dataflare.runtime.fixtures.ScriptedOutputPlugin;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A native plugin's batch-output form of {@code processBatch}, and the rules the runtime checks.
 */
@Timeout(30)
class NativeBatchOutputTests {
  private final PluginRuntime runtime = PluginRuntime.builder().withPoolSize(1).build();
  private final List<PluginRecord> batch = Records.texts("a", "b", "c");

  @AfterEach
  void close() {
    runtime.close();
  }

  @Test
  void anAggregateEmitsOnceForTheBatchAndTheOtherRecordsAreDropped() {
    BatchResult result =
        run(
            PluginType.AGGREGATE,
            (records, out) -> out.emit(records.size() - 1, bytes("count=" + records.size())));

    assertThat(result.succeeded()).isTrue();
    assertThat(Records.values(result)).containsExactly("count=3");
    assertThat(result.outputs()).extracting(OutputRecord::sourceIndex).containsExactly(2);
    assertThat(result.records().get(0)).isEqualTo(batch.get(2).withValue(bytes("count=3")));
  }

  @Test
  void aFilterKeepsRecordsByIndexAsTheInputObjectsThemselves() {
    BatchResult result =
        run(
            PluginType.FILTER,
            (records, out) -> {
              out.keep(0);
              out.keep(2);
            });

    assertThat(result.outputs()).extracting(OutputRecord::sourceIndex).containsExactly(0, 2);
    assertThat(result.records().get(0)).isSameAs(batch.get(0));
    assertThat(result.records().get(1)).isSameAs(batch.get(2));
  }

  @Test
  void aFlatMapEmitsSeveralRecordsForOneAndNoneForAnother() {
    BatchResult result =
        run(
            PluginType.FLAT_MAP,
            (records, out) -> {
              out.emit(0, bytes("a1"));
              out.emit(0, bytes("a2"));
              out.keep(2);
            });

    assertThat(Records.values(result)).containsExactly("a1", "a2", "c");
    assertThat(result.outputs()).extracting(OutputRecord::sourceIndex).containsExactly(0, 0, 2);
  }

  @Test
  void aMapThatSkipsARecordFailsNamingIt() {
    assertFails(
        PluginType.MAP,
        (records, out) -> {
          out.replace(0, bytes("A"));
          out.replace(2, bytes("C"));
        },
        1,
        "record 1 was given no output: a map plugin must pass every record on");
  }

  @Test
  void outputsOutOfInputOrderFail() {
    assertFails(
        PluginType.FILTER,
        (records, out) -> {
          out.keep(2);
          out.keep(0);
        },
        0,
        "keep(0) came after an output of record 2: outputs must follow the input order");
  }

  @Test
  void aSecondResultForOneRecordFails() {
    assertFails(
        PluginType.FILTER_MAP,
        (records, out) -> {
          out.keep(1);
          out.replace(1, bytes("B"));
        },
        1,
        "replace(1) is a second result for the record");
  }

  @Test
  void callsThePluginTypeDoesNotAllowFailNamingTheType() {
    assertFails(
        PluginType.FILTER,
        (records, out) -> out.replace(1, bytes("B")),
        1,
        "a filter only keeps or drops records");
    assertFails(
        PluginType.MAP,
        (records, out) -> out.emit(0, bytes("A")),
        0,
        "emit() was called, but emit is for flat_map and aggregate plugins");
  }

  @Test
  void anIndexOutsideTheBatchFails() {
    assertFails(
        PluginType.FILTER,
        (records, out) -> out.keep(3),
        -1,
        "keep(3) names no record: the batch holds [3] records, indices 0 to 2");
  }

  @Test
  void thePluginsOwnFailureFailsTheCallAndLaterOutputsAreIgnored() {
    assertFails(
        PluginType.FILTER,
        (records, out) -> {
          out.fail(1, "b is not a number");
          out.keep(2);
        },
        1,
        "b is not a number");
  }

  @Test
  void anExceptionFromTheBatchIsAPluginError() {
    BatchResult result =
        run(
            PluginType.AGGREGATE,
            (records, out) -> {
              throw new IllegalStateException("window state lost");
            });

    assertThat(result.failure().orElseThrow().kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(result.failure().orElseThrow().message()).contains("window state lost");
  }

  @Test
  void theOutputIsCheckedAfreshForEachBatch() {
    PluginHandle handle = load(PluginType.FILTER, (records, out) -> out.keep(records.size() - 1));

    assertThat(handle.processBatch(batch).succeeded()).isTrue();
    assertThat(handle.processBatch(batch).outputs())
        .extracting(OutputRecord::sourceIndex)
        .containsExactly(2);
  }

  private void assertFails(
      PluginType type,
      BiConsumer<List<PluginRecord>, io.dataflare.plugin.BatchOutput> script,
      int recordIndex,
      String message) {
    BatchResult result = run(type, script);

    PluginFailure failure = result.failure().orElseThrow();
    assertThat(failure.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(failure.recordIndex()).isEqualTo(recordIndex);
    assertThat(failure.message()).contains(message);
  }

  private BatchResult run(
      PluginType type, BiConsumer<List<PluginRecord>, io.dataflare.plugin.BatchOutput> script) {
    return load(type, script).processBatch(batch);
  }

  private PluginHandle load(
      PluginType type, BiConsumer<List<PluginRecord>, io.dataflare.plugin.BatchOutput> script) {
    ScriptedOutputPlugin.script(type, script);
    return runtime.load(FixturePlugin.manifestOf(ScriptedOutputPlugin.class, type));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
