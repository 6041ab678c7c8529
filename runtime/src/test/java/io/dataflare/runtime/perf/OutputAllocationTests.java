package io.dataflare.runtime.perf;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.runtime.fixtures.WasmModules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A filter that keeps or drops records costs the runtime no allocation per record: the bytes
 * allocated during a call (measured by the JVM per thread, not a timing) are the same for a batch
 * of 10,000 records as for a batch of 16, within a small margin for the JIT's moods.
 */
class OutputAllocationTests {
  /** Less than one byte per extra record; a per-record allocation costs at least 16. */
  private static final long MARGIN_BYTES = 4_000;

  private final PluginRuntime runtime =
      PluginRuntime.builder().withExecutionMode(ExecutionMode.COMPILED).withPoolSize(1).build();

  @AfterEach
  void close() {
    runtime.close();
  }

  private static List<PluginRecord> records(int count, String value) {
    List<PluginRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      records.add(PluginRecord.ofText(value + " " + i));
    }
    return records;
  }

  /** The least a batch call allocated over a few runs (the first runs warm the instance up). */
  private static long allocated(PluginHandle handle, List<PluginRecord> batch) {
    long least = Long.MAX_VALUE;
    for (int run = 0; run < 20; run++) {
      BatchResult result = handle.processBatch(batch);
      assertThat(result.succeeded()).as("%s", result).isTrue();
      assertThat(result.allocatedBytes()).isNotNegative();
      least = Math.min(least, result.allocatedBytes());
    }
    return least;
  }

  private void assertNoAllocationPerRecord(PluginHandle handle, String value) {
    allocated(handle, records(10_000, value)); // grows the instance's buffers once
    long small = allocated(handle, records(16, value));
    long large = allocated(handle, records(10_000, value));

    assertThat(large - small).isLessThan(MARGIN_BYTES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"keep: an error", "drop: all fine"})
  void wasmFilterAllocatesNothingPerRecord(String value) {
    PluginHandle handle = runtime.load(WasmModules.sample("01-wasm-filter"));

    assertNoAllocationPerRecord(handle, value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"keep", "drop"})
  void nativeFilterAllocatesNothingPerRecord(String value) {
    PluginHandle handle =
        runtime.load(
            PluginManifest.builder("no-allocation-filter", PluginType.FILTER).build(),
            NoAllocationFilter::new);

    assertNoAllocationPerRecord(handle, value);
  }
}
