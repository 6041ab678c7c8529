package io.dataflare.runtime.wasm;

import static io.dataflare.runtime.wasm.WasmFixtures.logLines;
import static io.dataflare.runtime.wasm.WasmFixtures.manifest;
import static io.dataflare.runtime.wasm.WasmFixtures.misbehaving;
import static io.dataflare.runtime.wasm.WasmFixtures.prepare;
import static io.dataflare.runtime.wasm.WasmFixtures.sample;
import static io.dataflare.runtime.wasm.WasmFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.internal.CallMeter;
import io.dataflare.runtime.internal.PluginCallException;
import io.dataflare.runtime.internal.PluginInstance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compiled and interpreter modes agree on outputs; the interpreter counts executed instructions
 * exactly and enforces an instruction budget, and compiled mode says the count was not measured.
 */
class ExecutionModesTests {

  private static final PluginManifest FILTER =
      manifest(sample("01-wasm-filter", "filter.wasm"), PluginType.FILTER).build();

  @Test
  void interpreterAndCompiledModesKeepTheSameRecordsOfTenThousand() throws Exception {
    List<PluginRecord> records = logLines(10_000);

    List<OutputRecord> compiled =
        prepare(FILTER, ExecutionMode.COMPILED).create().call(records, WasmFixtures.meter());
    List<OutputRecord> interpreted =
        prepare(FILTER, ExecutionMode.INTERPRETER).create().call(records, WasmFixtures.meter());

    assertThat(compiled).hasSize(3_334).containsExactlyElementsOf(interpreted);
  }

  @Test
  void interpreterCountsTheSameInstructionsForTheSameInput() throws Exception {
    PluginInstance instance = prepare(FILTER, ExecutionMode.INTERPRETER).create();
    List<PluginRecord> records = logLines(100);
    CallMeter first = new CallMeter(0, true);
    CallMeter second = new CallMeter(0, true);

    instance.call(records, first);
    instance.call(records, second);

    assertThat(first.instructions).isPositive().isEqualTo(second.instructions);
  }

  @Test
  void interpreterCountsMoreInstructionsForMoreWork() throws Exception {
    PluginInstance instance = prepare(FILTER, ExecutionMode.INTERPRETER).create();
    CallMeter small = new CallMeter(0, true);
    CallMeter large = new CallMeter(0, true);

    instance.call(logLines(10), small);
    instance.call(logLines(20), large);

    assertThat(large.instructions).isGreaterThan(small.instructions);
  }

  @Test
  void interpreterLeavesTheCountUnsetWhenNotAsked() throws Exception {
    CallMeter meter = new CallMeter(0, false);

    prepare(FILTER, ExecutionMode.INTERPRETER).create().call(logLines(10), meter);

    assertThat(meter.instructions).isEqualTo(-1);
  }

  @Test
  void compiledModeReportsTheCountAsNotMeasuredRatherThanZero() throws Exception {
    CallMeter meter = new CallMeter(0, true);

    prepare(FILTER, ExecutionMode.COMPILED).create().call(logLines(10), meter);

    assertThat(meter.instructions).isEqualTo(-1);
  }

  @Test
  void instructionBudgetStopsAnEndlessLoop() {
    PluginInstance instance =
        prepare(misbehaving(PluginType.FILTER, "forever"), ExecutionMode.INTERPRETER).create();
    CallMeter meter = new CallMeter(100_000, true);

    PluginCallException failure =
        catchThrowableOfType(PluginCallException.class, () -> instance.call(texts("a"), meter));

    assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(failure.getMessage())
        .isEqualTo("dataflare_filter executed more than its budget of [100000] instructions");
    assertThat(meter.instructions).isEqualTo(100_001);
  }

  @Test
  void instructionBudgetLetsACallWithinItFinish() throws Exception {
    PluginInstance instance = prepare(FILTER, ExecutionMode.INTERPRETER).create();
    CallMeter counted = new CallMeter(0, true);
    instance.call(logLines(50), counted);

    List<OutputRecord> kept =
        instance.call(logLines(50), new CallMeter(counted.instructions, false));

    assertThat(kept).hasSize(17);
  }

  @Test
  void instructionBudgetOneBelowTheCountStopsTheCall() throws Exception {
    PluginInstance instance = prepare(FILTER, ExecutionMode.INTERPRETER).create();
    CallMeter counted = new CallMeter(0, true);
    instance.call(logLines(50), counted);

    PluginCallException failure =
        catchThrowableOfType(
            PluginCallException.class,
            () -> instance.call(logLines(50), new CallMeter(counted.instructions - 1, false)));

    assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
  }
}
