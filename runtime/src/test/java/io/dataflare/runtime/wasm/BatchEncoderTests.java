package io.dataflare.runtime.wasm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.PluginRecord;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host side of the input layout, byte by byte. */
class BatchEncoderTests {
  private final BatchEncoder encoder = new BatchEncoder();

  private ByteBuffer encoded(List<PluginRecord> batch) throws Exception {
    int length = encoder.encode(batch, Long.MAX_VALUE);
    return ByteBuffer.wrap(encoder.buffer(), 0, length).slice().order(ByteOrder.LITTLE_ENDIAN);
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
  void reusesItsBufferForBatchesThatFit() throws Exception {
    encoder.encode(List.of(PluginRecord.of(new byte[10_000])), Long.MAX_VALUE);
    byte[] grown = encoder.buffer();

    encoder.encode(List.of(PluginRecord.of(new byte[10_000])), Long.MAX_VALUE);
    encoder.encode(List.of(PluginRecord.ofText("small")), Long.MAX_VALUE);

    assertThat(encoder.buffer()).isSameAs(grown);
  }
}
