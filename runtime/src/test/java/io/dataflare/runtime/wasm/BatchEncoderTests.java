package io.dataflare.runtime.wasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.internal.PluginCallException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host side of the input layout, byte by byte. */
class BatchEncoderTests {
  /** Where the tests place the batch in their memory: offsets must come out relative to it. */
  private static final int BASE = 100;

  private ByteBuffer encoded(List<PluginRecord> batch) throws Exception {
    int length = BatchEncoder.size(batch, Long.MAX_VALUE);
    byte[] memory = new byte[BASE + length + 100];
    BatchEncoder.encode(batch, memory, BASE);
    return ByteBuffer.wrap(memory, BASE, length).slice().order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void writesTheMagicAndRecordCount() throws Exception {
    ByteBuffer out = encoded(List.of(PluginRecord.ofText("a"), PluginRecord.ofText("b")));

    assertThat(out.get(0)).isEqualTo((byte) 'D');
    assertThat(out.get(3)).isEqualTo((byte) '1');
    assertThat(out.getInt(0)).isEqualTo(0x31424644);
    assertThat(out.getInt(4)).isEqualTo(2);
  }

  @Test
  void writesDescriptorsAtTheirDocumentedOffsets() throws Exception {
    PluginRecord record =
        PluginRecord.builder()
            .value("vv")
            .key("kkk")
            .metadata("a", "b")
            .timestamp(5)
            .partition(6)
            .offset(7)
            .build();

    ByteBuffer out = encoded(List.of(record));

    int data = 8 + 48;
    assertThat(out.getInt(8)).as("value_off").isEqualTo(data);
    assertThat(out.getInt(12)).as("value_len").isEqualTo(2);
    assertThat(out.getInt(16)).as("key_off").isEqualTo(data + 2);
    assertThat(out.getInt(20)).as("key_len").isEqualTo(3);
    assertThat(out.getInt(24)).as("meta_off").isEqualTo(data + 5);
    assertThat(out.getInt(28)).as("meta_count").isEqualTo(1);
    assertThat(out.getLong(32)).as("timestamp").isEqualTo(5);
    assertThat(out.getInt(40)).as("partition").isEqualTo(6);
    assertThat(out.getInt(44)).as("reserved").isZero();
    assertThat(out.getLong(48)).as("offset").isEqualTo(7);
    assertThat(out.getInt(data + 5)).as("metadata key length").isEqualTo(1);
    assertThat(out.limit()).isEqualTo(data + 2 + 3 + 4 + 1 + 4 + 1);
  }

  @Test
  void marksAMissingKeyWithLengthMinusOne() throws Exception {
    assertThat(encoded(List.of(PluginRecord.ofText("v"))).getInt(20)).isEqualTo(-1);
  }

  @Test
  void writesNothingOutsideTheBatchsRegion() throws Exception {
    List<PluginRecord> batch =
        List.of(PluginRecord.builder().value("vv").key("k").metadata("a", "b").build());
    int length = BatchEncoder.size(batch, Long.MAX_VALUE);
    byte[] memory = new byte[BASE + length + 100];
    Arrays.fill(memory, (byte) 0x55);

    BatchEncoder.encode(batch, memory, BASE);

    assertThat(Arrays.copyOfRange(memory, 0, BASE)).containsOnly(0x55);
    assertThat(Arrays.copyOfRange(memory, BASE + length, memory.length)).containsOnly(0x55);
    assertThat(memory[BASE + length - 1]).as("the last metadata byte").isEqualTo((byte) 'b');
  }

  @Test
  void refusesABatchLargerThanTheMemoryLimit() {
    List<PluginRecord> batch = List.of(PluginRecord.of(new byte[1000]));

    assertThatThrownBy(() -> BatchEncoder.size(batch, 1000))
        .isInstanceOfSatisfying(
            PluginCallException.class,
            e -> assertThat(e.kind()).isEqualTo(FailureKind.MEMORY_LIMIT))
        .hasMessageContaining("a batch of [1] records needs [1056] bytes of linear memory")
        .hasMessageContaining("send smaller batches");
  }
}
