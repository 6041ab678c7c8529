package io.dataflare.runtime.wasm;

import static io.dataflare.runtime.wasm.WasmFixtures.texts;
import static io.dataflare.runtime.wasm.WasmFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.internal.PluginCallException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-type output rules, checked on output buffers written straight into a linear memory as a
 * guest would write them.
 */
class BatchDecoderTests {
  private static final int OUT = 1024;
  private static final List<PluginRecord> THREE = texts("a", "b", "c");

  private final LinearMemory memory = new LinearMemory(new MemoryLimits(1, 1));

  /** Writes an ok output of (source_index, value or null for keep) entries; returns its length. */
  private int ok(Object... entries) {
    ByteBuffer out = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(0).putInt(entries.length / 2);
    for (int i = 0; i < entries.length; i += 2) {
      out.putInt((Integer) entries[i]);
      if (entries[i + 1] == null) {
        out.putInt(-1);
      } else {
        byte[] value = WasmFixtures.utf8((String) entries[i + 1]);
        out.putInt(value.length).put(value);
      }
    }
    memory.write(OUT, out.array(), 0, out.position());
    return out.position();
  }

  private PluginCallException violation(PluginType type, int length) {
    PluginCallException failure =
        catchThrowableOfType(
            PluginCallException.class,
            () -> new BatchDecoder(type).decode(memory, OUT, length, THREE));
    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    return failure;
  }

  @Test
  void filterKeepsTheInputRecords() throws Exception {
    int length = ok(0, null, 2, null);

    var out = new BatchDecoder(PluginType.FILTER).decode(memory, OUT, length, THREE);

    assertThat(out).extracting(o -> o.record()).containsExactly(THREE.get(0), THREE.get(2));
  }

  @Test
  void filterMayNotReplaceAValue() {
    assertThat(violation(PluginType.FILTER, ok(0, "x")).getMessage())
        .isEqualTo("output entry [0] has len [1] but a filter only keeps records (len -1)");
  }

  @Test
  void filterMayNotKeepARecordTwice() {
    assertThat(violation(PluginType.FILTER, ok(1, null, 1, null)).getMessage())
        .isEqualTo(
            "output entry [1] repeats source_index [1] but a filter emits at most one entry per"
                + " record");
  }

  @Test
  void filterMapMayNotEmitTwiceForARecord() {
    assertThat(violation(PluginType.FILTER_MAP, ok(0, "x", 0, "y")).getMessage())
        .contains("repeats source_index [0]");
  }

  @Test
  void mapEmitsOneEntryPerRecordInOrder() {
    assertThat(violation(PluginType.MAP, ok(0, "x", 2, "y", 2, "z")).getMessage())
        .isEqualTo(
            "output entry [1] has source_index [2] but a map emits one entry per record in order"
                + " (expected [1])");
  }

  @Test
  void mapMayKeepRecordsUnchanged() throws Exception {
    int length = ok(0, "x", 1, null, 2, "z");

    var out = new BatchDecoder(PluginType.MAP).decode(memory, OUT, length, THREE);

    assertThat(values(out)).containsExactly("x", "b", "z");
  }

  @Test
  void flatMapMayEmitManyPerRecord() throws Exception {
    int length = ok(1, "x", 1, "y", 1, null);

    var out = new BatchDecoder(PluginType.FLAT_MAP).decode(memory, OUT, length, THREE);

    assertThat(values(out)).containsExactly("x", "y", "b");
  }

  @Test
  void aggregateMayEmitAnyNumberOfRecords() throws Exception {
    int length = ok(0, "x", 2, "y", 2, "z", 2, "w");

    var out = new BatchDecoder(PluginType.AGGREGATE).decode(memory, OUT, length, THREE);

    assertThat(values(out)).containsExactly("x", "y", "z", "w");
  }

  @Test
  void lengthsBelowMinusOneAreRejected() {
    ok(0, null);
    memory.writeI32(OUT + 12, -2);

    assertThat(violation(PluginType.FLAT_MAP, 16).getMessage())
        .isEqualTo(
            "output entry [0] has len [-2]: use -1 to keep the input record or a byte count");
  }

  @Test
  void anEntryCountTheBufferCannotHoldIsRejectedBeforeReadingEntries() {
    ok();
    memory.writeI32(OUT + 4, 1_000_000);

    assertThat(violation(PluginType.AGGREGATE, 8).getMessage())
        .isEqualTo(
            "output declares [1000000] entries, which need at least [8000008] bytes, but the"
                + " buffer has [8]");
  }

  @Test
  void aBufferTooShortForItsStatusIsRejected() {
    assertThat(violation(PluginType.FILTER, 3).getMessage())
        .isEqualTo("output buffer of [3] bytes is too short to hold its status");
  }

  @Test
  void aPluginErrorMayConcernTheWholeBatch() {
    memory.writeI32(OUT, 1);
    memory.writeI32(OUT + 4, -1);
    memory.writeI32(OUT + 8, 2);
    memory.write(OUT + 12, WasmFixtures.utf8("no"));

    PluginCallException failure =
        catchThrowableOfType(
            PluginCallException.class,
            () -> new BatchDecoder(PluginType.FILTER).decode(memory, OUT, 14, THREE));

    assertThat(failure.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(failure.recordIndex()).isEqualTo(-1);
    assertThat(failure.getMessage()).isEqualTo("no");
  }

  @Test
  void aPluginErrorAtARecordOutsideTheBatchIsAnAbiViolation() {
    memory.writeI32(OUT, 1);
    memory.writeI32(OUT + 4, 3);
    memory.writeI32(OUT + 8, 0);

    assertThat(violation(PluginType.FILTER, 12).getMessage())
        .isEqualTo("plugin error names record_index [3] but the batch has [3] records");
  }

  @Test
  void aPluginErrorMessageRunningPastTheBufferIsAnAbiViolation() {
    memory.writeI32(OUT, 1);
    memory.writeI32(OUT + 4, 0);
    memory.writeI32(OUT + 8, 100);

    assertThat(violation(PluginType.FILTER, 20).getMessage())
        .isEqualTo("plugin error message of [100] bytes runs past the output buffer end [20]");
  }
}
