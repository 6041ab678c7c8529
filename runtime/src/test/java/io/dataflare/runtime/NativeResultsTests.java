package io.dataflare.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.fixtures.CountingAggregate;
import io.dataflare.runtime.fixtures.DroppingMap;
import io.dataflare.runtime.fixtures.FixturePlugin;
import io.dataflare.runtime.fixtures.KeepFilter;
import io.dataflare.runtime.fixtures.Records;
import io.dataflare.runtime.fixtures.RejectingMap;
import io.dataflare.runtime.fixtures.ReplacingFilter;
import io.dataflare.runtime.fixtures.ShortBatchMap;
import io.dataflare.runtime.fixtures.SplitFlatMap;
import io.dataflare.runtime.fixtures.SuffixMap;
import io.dataflare.runtime.fixtures.TrimFilterMap;
import io.dataflare.runtime.fixtures.UppercaseMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each result kind through the native backend, and results that break the plugin's contract. */
@Timeout(30)
class NativeResultsTests {
  private final PluginRuntime runtime = PluginRuntime.builder().withPoolSize(2).build();

  @AfterEach
  void close() {
    runtime.close();
  }

  private PluginHandle load(Class<? extends FixturePlugin> plugin, PluginType type) {
    return runtime.load(FixturePlugin.manifestOf(plugin, type));
  }

  @Test
  void passesAKeptRecordOnAsTheInputObjectItself() {
    List<PluginRecord> batch = Records.texts("keep me", "drop me", "keep too");

    BatchResult result = load(KeepFilter.class, PluginType.FILTER).processBatch(batch);

    assertThat(result.succeeded()).isTrue();
    assertThat(result.outputs()).extracting(OutputRecord::sourceIndex).containsExactly(0, 2);
    assertThat(result.outputs().get(0).record()).isSameAs(batch.get(0));
    assertThat(result.outputs().get(1).record()).isSameAs(batch.get(2));
  }

  @Test
  void replacesTheValueAndKeepsKeyMetadataAndPosition() {
    List<PluginRecord> batch = Records.texts("abc");

    BatchResult result = load(UppercaseMap.class, PluginType.MAP).processBatch(batch);

    PluginRecord output = result.records().get(0);
    assertThat(output.valueAsString()).isEqualTo("ABC");
    assertThat(output).isEqualTo(batch.get(0).withValue("ABC".getBytes()));
    assertThat(output.keyBytes()).contains("k0".getBytes());
    assertThat(output.metadata()).isEqualTo(Map.of("source", "test"));
  }

  @Test
  void dropsKeepsAndReplacesInOneFilterMapBatch() {
    BatchResult result =
        load(TrimFilterMap.class, PluginType.FILTER_MAP)
            .processBatch(Records.texts("  padded ", "   ", "tidy"));

    assertThat(Records.values(result)).containsExactly("padded", "tidy");
    assertThat(result.outputs()).extracting(OutputRecord::sourceIndex).containsExactly(0, 2);
  }

  @Test
  void emitsOneRecordPerValueWithTheSourceIndexOfItsInput() {
    BatchResult result =
        load(SplitFlatMap.class, PluginType.FLAT_MAP).processBatch(Records.texts("a,b", "", "c"));

    assertThat(Records.values(result)).containsExactly("a", "b", "c");
    assertThat(result.outputs()).extracting(OutputRecord::sourceIndex).containsExactly(0, 0, 2);
    assertThat(result.records()).allSatisfy(r -> assertThat(r.partition()).isEqualTo(3));
  }

  @Test
  void turnsAFailureResultIntoAPluginErrorNamingTheRecord() {
    BatchResult result =
        load(RejectingMap.class, PluginType.MAP).processBatch(Records.texts("ok", "bad", "ok"));

    assertThat(result.succeeded()).isFalse();
    assertThat(result.outputs()).isEmpty();
    PluginFailure failure = result.failure().orElseThrow();
    assertThat(failure.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(failure.recordIndex()).isEqualTo(1);
    assertThat(failure.message())
        .isEqualTo(
            "PLUGIN_ERROR in plugin [RejectingMap] at record [1]: value [bad] is not valid JSON"
                + " (to fix: "
                + FailureKind.PLUGIN_ERROR.hint()
                + ")");
  }

  @Test
  void rejectsAResultThatDoesNotFitTheDeclaredType() {
    BatchResult result =
        load(ReplacingFilter.class, PluginType.FILTER)
            .processBatch(Records.texts("same", "change"));

    PluginFailure failure = result.failure().orElseThrow();
    assertThat(failure.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(failure.recordIndex()).isEqualTo(1);
    assertThat(failure.detail())
        .isEqualTo(
            "result [replace(\"changed\")] for the record with value \"change\" does not fit"
                + " plugin type [filter]: a filter only keeps or drops records; declare type ="
                + " \"map\" or \"filter_map\" to change values");
  }

  @Test
  void rejectsADropFromAMap() {
    BatchResult result =
        load(DroppingMap.class, PluginType.MAP).processBatch(Records.texts("kept", "", "kept"));

    PluginFailure failure = result.failure().orElseThrow();
    assertThat(failure.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(failure.recordIndex()).isEqualTo(1);
    assertThat(failure.detail())
        .isEqualTo(
            "result [drop] for the record with value \"\" does not fit plugin type [map]: a map"
                + " plugin must pass every record on; declare type = \"filter_map\" to drop"
                + " records");
  }

  @Test
  void rejectsABatchOverrideReturningTheWrongNumberOfResults() {
    BatchResult result =
        load(ShortBatchMap.class, PluginType.MAP).processBatch(Records.texts("a", "b", "c"));

    PluginFailure failure = result.failure().orElseThrow();
    assertThat(failure.recordIndex()).isEqualTo(-1);
    assertThat(failure.detail())
        .isEqualTo(
            "processBatch returned [2] results for [3] records; return exactly one result per"
                + " record, in order");
  }

  @Test
  void carriesAnAggregatesStateAcrossTheRecordsOfOneBatchOnly() {
    PluginHandle aggregate = load(CountingAggregate.class, PluginType.AGGREGATE);

    BatchResult first = aggregate.processBatch(Records.numbered(3));
    BatchResult second = aggregate.processBatch(Records.numbered(2));

    assertThat(Records.values(first)).containsExactly("count=3");
    assertThat(first.outputs().get(0).sourceIndex()).isEqualTo(2);
    assertThat(Records.values(second)).containsExactly("count=2"); // reset in between
  }

  @Test
  void initialisesEachInstanceOnceWithTheConfigTable() {
    SuffixMap.INITS.set(0);
    PluginManifest manifest =
        PluginManifest.builder("SuffixMap", PluginType.MAP)
            .className(SuffixMap.class.getName())
            .config(PluginConfig.of(Map.of("suffix", "!")))
            .build();
    PluginHandle handle = runtime.load(manifest);

    BatchResult first = handle.processBatch(Records.texts("a"));
    BatchResult second = handle.processBatch(Records.texts("b"));

    assertThat(Records.values(first)).containsExactly("a!");
    assertThat(Records.values(second)).containsExactly("b!");
    assertThat(SuffixMap.INITS).hasValue(1);
  }

  @Test
  void processesASingleRecord() {
    BatchResult result =
        load(UppercaseMap.class, PluginType.MAP).process(PluginRecord.ofText("one"));

    assertThat(Records.values(result)).containsExactly("ONE");
    assertThat(result.inputCount()).isEqualTo(1);
  }
}
