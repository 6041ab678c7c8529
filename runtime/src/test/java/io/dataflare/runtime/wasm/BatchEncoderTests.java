package io.dataflare.runtime.wasm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.PluginRecord;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host side of the input layout, byte by byte. */
class BatchEncoderTests {
  private final BatchEncoder encoder = new BatchEncoder();

  private ByteBuffer encoded(List<PluginRecord> batch) throws Exception {
    int length = encoder.size(batch, Long.MAX_VALUE);
    int base = 24; // as in linear memory, the batch need not start at 0
    byte[] memory = new byte[base + length + 16];
    encoder.write(
        batch,
        (address, source, offset, count) ->
            System.arraycopy(source, offset, memory, address, count),
        base);
    return ByteBuffer.wrap(memory, base, length).slice().order(ByteOrder.LITTLE_ENDIAN);
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
  void writesABatchLargerThanItsStagingChunksWhole() throws Exception {
    List<PluginRecord> batch = new ArrayList<>();
    for (int i = 0; i < 3 * BatchEncoder.DESCRIPTORS_PER_CHUNK + 7; i++) {
      PluginRecord.Builder record = PluginRecord.builder().value("value " + i).offset(i);
      if (i % 3 == 0) {
        record.key("key " + i);
      }
      if (i % 5 == 0) {
        record.metadata("n", "é" + i);
      }
      batch.add(record.build());
    }
    byte[] large = new byte[2 * BatchEncoder.DATA_CHUNK_BYTES + 3];
    Arrays.fill(large, (byte) 'x');
    batch.add(100, PluginRecord.of(large));

    ByteBuffer out = encoded(batch);

    assertThat(out.getInt(4)).isEqualTo(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      PluginRecord record = batch.get(i);
      int descriptor = 8 + 48 * i;
      assertThat(bytes(out, out.getInt(descriptor), out.getInt(descriptor + 4)))
          .as("value of record [%s]", i)
          .isEqualTo(record.valueBytes());
      assertThat(out.getInt(descriptor + 12)).as("key_len [%s]", i).isEqualTo(record.keyLength());
      if (record.hasKey()) {
        assertThat(bytes(out, out.getInt(descriptor + 8), record.keyLength()))
            .as("key of record [%s]", i)
            .isEqualTo(record.keyBytes().orElseThrow());
      }
      if (!record.metadata().isEmpty()) {
        int meta = out.getInt(descriptor + 16);
        byte[] value = record.metadata().get("n").getBytes(StandardCharsets.UTF_8);
        assertThat(out.getInt(meta + 5))
            .as("metadata value length [%s]", i)
            .isEqualTo(value.length);
        assertThat(bytes(out, meta + 9, value.length)).isEqualTo(value);
      }
      assertThat(out.getLong(descriptor + 40)).as("offset [%s]", i).isEqualTo(record.offset());
    }
  }

  @Test
  void growsItsDataChunkOnlyForARecordLargerThanItAndKeepsIt() throws Exception {
    byte[] initial = encoder.dataChunk();
    encoded(List.of(PluginRecord.of(new byte[BatchEncoder.DATA_CHUNK_BYTES])));
    assertThat(encoder.dataChunk()).isSameAs(initial);

    encoded(List.of(PluginRecord.of(new byte[BatchEncoder.DATA_CHUNK_BYTES + 1])));
    byte[] grown = encoder.dataChunk();
    encoded(List.of(PluginRecord.ofText("small"), PluginRecord.of(new byte[100_000])));

    assertThat(grown).isNotSameAs(initial);
    assertThat(encoder.dataChunk()).hasSize(100_000);
    encoded(List.of(PluginRecord.of(new byte[50_000])));
    assertThat(encoder.dataChunk()).hasSize(100_000);
  }

  private static byte[] bytes(ByteBuffer buffer, int offset, int length) {
    byte[] bytes = new byte[length];
    buffer.get(offset, bytes);
    return bytes;
  }
}
