package io.dataflare.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.OutputRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outputs kept as indexes into the batch read exactly like a list of output records. */
class OutputsBuilderTests {
  private static final List<PluginRecord> BATCH =
      List.of(
          PluginRecord.ofText("a"),
          PluginRecord.ofText("b"),
          PluginRecord.ofText("c"),
          PluginRecord.ofText("d"));

  private final OutputsBuilder builder = new OutputsBuilder();

  @Test
  void readsKeptConsecutiveRecordsAsTheInputRecordsThemselves() {
    builder.begin(BATCH);
    builder.keep(1);
    builder.keep(2);

    List<OutputRecord> outputs = builder.build();

    assertThat(outputs)
        .containsExactly(new OutputRecord(1, BATCH.get(1)), new OutputRecord(2, BATCH.get(2)));
    assertThat(outputs.get(0).record()).isSameAs(BATCH.get(1));
  }

  @Test
  void readsKeptScatteredRecordsInOrder() {
    builder.begin(BATCH);
    builder.keep(0);
    builder.keep(3);

    assertThat(builder.build())
        .containsExactly(new OutputRecord(0, BATCH.get(0)), new OutputRecord(3, BATCH.get(3)));
  }

  @Test
  void readsNewRecordsBesideKeptOnes() {
    PluginRecord upper = PluginRecord.ofText("B");
    builder.begin(BATCH);
    builder.keep(0);
    builder.add(1, upper);
    builder.add(1, BATCH.get(1));

    assertThat(builder.build())
        .containsExactly(
            new OutputRecord(0, BATCH.get(0)),
            new OutputRecord(1, upper),
            new OutputRecord(1, BATCH.get(1)));
  }

  @Test
  void makesTheRecordOfANewValueFromItsInputWhenRead() {
    PluginRecord input =
        PluginRecord.builder()
            .value("b")
            .key("k")
            .metadata("source", "s")
            .timestamp(7)
            .partition(3)
            .offset(11)
            .build();
    List<PluginRecord> batch = List.of(BATCH.get(0), input);
    builder.begin(batch);
    builder.keep(0);
    builder.addValue(1, new byte[] {'B'});

    List<OutputRecord> outputs = builder.build();

    assertThat(outputs)
        .containsExactly(
            new OutputRecord(0, BATCH.get(0)),
            new OutputRecord(1, input.withValue(new byte[] {'B'})));
    assertThat(outputs.get(1).record().keyBytes()).contains(new byte[] {'k'});
    assertThat(outputs.get(1).record().metadata()).containsEntry("source", "s");
    assertThat(outputs.get(1).record().offset()).isEqualTo(11);
  }

  @Test
  void buildsNoOutputsForADroppedBatch() {
    builder.begin(BATCH);

    assertThat(builder.build()).isEmpty();
  }

  @Test
  void startsEachBatchFromNothing() {
    builder.begin(BATCH);
    builder.add(0, PluginRecord.ofText("new"));
    List<OutputRecord> first = builder.build();

    builder.begin(BATCH);
    builder.keep(2);
    List<OutputRecord> second = builder.build();

    assertThat(second).containsExactly(new OutputRecord(2, BATCH.get(2)));
    assertThat(first).extracting(o -> o.record().valueAsString()).containsExactly("new");
  }

  @Test
  void growsPastItsFirstCapacity() {
    List<PluginRecord> batch = java.util.Collections.nCopies(100, BATCH.get(0));
    builder.begin(batch);
    for (int i = 0; i < 100; i += 2) {
      builder.keep(i);
    }

    List<OutputRecord> outputs = builder.build();

    assertThat(outputs).hasSize(50);
    assertThat(outputs.get(49).sourceIndex()).isEqualTo(98);
  }

  @Test
  void joinsPartsKeptInBulkAtTheirOffsets() {
    List<PluginRecord> batch = java.util.Collections.nCopies(40, BATCH.get(0));
    OutputsBuilder joined = new OutputsBuilder(1).begin(batch);
    joined.keepRange(3, 2);
    joined.keepAll(new int[] {0, 2}, 10);
    joined.add(13, BATCH.get(1));
    joined.keepAll(new int[] {5, 6}, 30);

    List<OutputRecord> outputs = joined.build();

    assertThat(outputs)
        .extracting(OutputRecord::sourceIndex)
        .containsExactly(3, 4, 10, 12, 13, 35, 36);
    assertThat(outputs.get(4).record()).isSameAs(BATCH.get(1));
    assertThat(outputs.get(6).record()).isSameAs(batch.get(36));
  }

  @Test
  void keepsRangesJoinedEndToEndAsOneRange() {
    List<PluginRecord> batch = java.util.Collections.nCopies(10, BATCH.get(0));
    builder.begin(batch);
    builder.keepRange(0, 4);
    builder.keepAll(new int[] {0, 1}, 4);
    builder.keepRange(6, 4);

    List<OutputRecord> outputs = builder.build();

    assertThat(outputs)
        .extracting(OutputRecord::sourceIndex)
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(outputs).isInstanceOf(Outputs.KeptRange.class);
  }

  @Test
  void namesTheIndexOutOfBounds() {
    builder.begin(BATCH);
    builder.keep(0);
    List<OutputRecord> outputs = builder.build();

    assertThatThrownBy(() -> outputs.get(1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("output index [1] is out of bounds for [1] outputs");
  }
}
