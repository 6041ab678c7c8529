package io.dataflare.runtime.wasm;

import static io.dataflare.runtime.wasm.WasmFixtures.manifest;
import static io.dataflare.runtime.wasm.WasmFixtures.meter;
import static io.dataflare.runtime.wasm.WasmFixtures.prepare;
import static io.dataflare.runtime.wasm.WasmFixtures.sources;
import static io.dataflare.runtime.wasm.WasmFixtures.texts;
import static io.dataflare.runtime.wasm.WasmFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.internal.PluginInstance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Records go through the ABI 1 layouts and back for every plugin type: what the guest reads is what
 * the host sent, and outputs carry the source record's key, metadata and position.
 */
class WasmAbiRoundTripTests {

  private static final PluginRecord FULL =
      PluginRecord.builder()
          .value("payload")
          .key("key-1")
          .metadata("trace", "abc")
          .metadata("città", "naïve ☃ 😀")
          .timestamp(1_700_000_000_123L)
          .partition(-7)
          .offset(Long.MAX_VALUE - 3)
          .build();

  private static PluginInstance echo() {
    return prepare(manifest("echo_map", PluginType.MAP)).create();
  }

  @Test
  void guestReadsEveryFieldOfARecordAsTheHostWroteIt() throws Exception {
    List<OutputRecord> out = echo().call(List.of(FULL), meter());

    assertThat(EchoLayout.decode(out.get(0).record().valueBytes())).isEqualTo(FULL);
  }

  @Test
  void guestTellsAnEmptyKeyFromNoKeyAndReadsEmptyValues() throws Exception {
    PluginRecord emptyKey = PluginRecord.builder().key(new byte[0]).build();
    PluginRecord noKey = PluginRecord.builder().build();

    List<OutputRecord> out = echo().call(List.of(emptyKey, noKey), meter());

    assertThat(out)
        .extracting(o -> EchoLayout.decode(o.record().valueBytes()))
        .containsExactly(emptyKey, noKey);
  }

  @Test
  void guestReadsManyRecordsOfMixedShapesInOneBatch() throws Exception {
    List<PluginRecord> batch = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      PluginRecord.Builder record = PluginRecord.builder().value("v".repeat(i)).offset(i);
      if (i % 2 == 0) {
        record.key("k" + i).metadata("i", Integer.toString(i));
      }
      batch.add(record.build());
    }

    List<OutputRecord> out = echo().call(batch, meter());

    assertThat(out)
        .extracting(o -> EchoLayout.decode(o.record().valueBytes()))
        .containsExactlyElementsOf(batch);
  }

  @Test
  void mapOutputsKeepTheSourceRecordsKeyMetadataAndPosition() throws Exception {
    OutputRecord out = echo().call(List.of(FULL), meter()).get(0);

    assertThat(out.sourceIndex()).isZero();
    assertThat(out.record().withValue(FULL.valueBytes())).isEqualTo(FULL);
  }

  @Test
  void instanceServesBatchesLargerAndSmallerThanItsFirst() throws Exception {
    PluginInstance instance = echo();
    List<PluginRecord> big = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      big.add(PluginRecord.ofText("record " + i + " " + "x".repeat(i % 50)));
    }

    instance.call(texts("small"), meter());
    List<OutputRecord> bigOut = instance.call(big, meter());
    List<OutputRecord> smallOut = instance.call(texts("again"), meter());

    assertThat(bigOut)
        .extracting(o -> EchoLayout.decode(o.record().valueBytes()))
        .containsExactlyElementsOf(big);
    assertThat(smallOut)
        .extracting(o -> EchoLayout.decode(o.record().valueBytes()))
        .containsExactly(PluginRecord.ofText("again"));
  }

  @Test
  void filterMapDropsKeepsAndReplacesRecords() throws Exception {
    List<PluginRecord> batch = texts("abc", "", "=same", "xy");
    PluginInstance instance =
        prepare(manifest("reverse_filter_map", PluginType.FILTER_MAP)).create();

    List<OutputRecord> out = instance.call(batch, meter());

    assertThat(sources(out)).containsExactly(0, 2, 3);
    assertThat(values(out)).containsExactly("cba", "=same", "yx");
    assertThat(out.get(1).record()).isSameAs(batch.get(2));
  }

  @Test
  void flatMapEmitsAnyNumberOfRecordsPerInput() throws Exception {
    PluginRecord keyed = PluginRecord.builder().value("c,,d").key("k").build();
    PluginInstance instance = prepare(manifest("split_flat_map", PluginType.FLAT_MAP)).create();

    List<OutputRecord> out =
        instance.call(List.of(PluginRecord.ofText("a,b"), PluginRecord.ofText(""), keyed), meter());

    assertThat(sources(out)).containsExactly(0, 0, 2, 2, 2);
    assertThat(values(out)).containsExactly("a", "b", "c", "", "d");
    assertThat(out.get(2).record().keyBytes()).contains(WasmFixtures.utf8("k"));
  }

  @Test
  void everyTypeAcceptsAnEmptyBatch() throws Exception {
    for (PluginType type : PluginType.values()) {
      PluginInstance instance = prepare(WasmFixtures.misbehaving(type, "keep")).create();

      assertThat(instance.call(List.of(), meter())).as("%s", type).isEmpty();
    }
  }
}
