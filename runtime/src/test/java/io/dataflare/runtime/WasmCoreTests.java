package io.dataflare.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.fixtures.Manifests;
import io.dataflare.runtime.fixtures.Records;
import io.dataflare.runtime.fixtures.WasmModules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The runtime core with real WASM plugins on Chicory: limits, discards, the compile cache and both
 * execution modes. The class timeout only guards against a hang.
 */
@Timeout(60)
class WasmCoreTests {
  private static final Duration DEADLINE = Duration.ofMillis(200);

  private final List<PluginRuntime> runtimes = new ArrayList<>();

  private PluginRuntime runtime(ExecutionMode mode) {
    PluginRuntime runtime = PluginRuntime.builder().withExecutionMode(mode).withPoolSize(2).build();
    runtimes.add(runtime);
    return runtime;
  }

  @AfterEach
  void close() {
    runtimes.forEach(PluginRuntime::close);
  }

  private static List<PluginRecord> logLines(int count) {
    String[] values = new String[count];
    for (int i = 0; i < count; i++) {
      values[i] = i + (i % 3 == 0 ? " error " : " info ") + "something happened to item " + i;
    }
    return Records.texts(values);
  }

  @Test
  void filtersTenThousandRecordsIdenticallyInCompiledAndInterpreterMode() {
    List<PluginRecord> batch = logLines(10_000);
    CallLimits generous = CallLimits.timeout(Duration.ofMinutes(1)); // a loaded CI machine

    BatchResult compiled =
        runtime(ExecutionMode.COMPILED)
            .load(WasmModules.sample("01-wasm-filter"))
            .processBatch(batch, generous);
    BatchResult interpreted =
        runtime(ExecutionMode.INTERPRETER)
            .load(WasmModules.sample("01-wasm-filter"))
            .processBatch(batch, generous);

    assertThat(compiled.succeeded()).as("%s", compiled).isTrue();
    assertThat(interpreted.succeeded()).as("%s", interpreted).isTrue();
    assertThat(compiled.outputs()).hasSize(3_334).isEqualTo(interpreted.outputs());
    assertThat(compiled.records()).allSatisfy(r -> assertThat(r.valueAsString()).contains("error"));
    assertThat(compiled.outputs().get(1).record()).isSameAs(batch.get(3));
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void timesOutALoopingModuleOnTheFirstCallAndKeepsRunning(ExecutionMode mode) {
    PluginRuntime runtime = runtime(mode);
    PluginHandle looping = runtime.load(WasmModules.misbehaving("forever", DEADLINE));

    BatchResult result = looping.processBatch(Records.numbered(3));

    assertThat(result.failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(looping.poolStatistics().discards()).isEqualTo(1);
    PluginHandle healthy = runtime.load(WasmModules.misbehaving("keep", DEADLINE));
    assertThat(healthy.processBatch(Records.numbered(3)).outputs()).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void timesOutTheHundredthCallOfAReusedInstance(ExecutionMode mode) {
    PluginHandle handle = runtime(mode).load(Manifests.path("loop-on-demand/plugin.toml"));
    for (int call = 1; call < 100; call++) {
      assertThat(handle.processBatch(Records.numbered(4)).outputs()).hasSize(4);
    }
    assertThat(handle.poolStatistics().creations()).isEqualTo(1);

    BatchResult hundredth = handle.processBatch(Records.texts("fine", "Loop"));

    assertThat(hundredth.failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
    assertThat(handle.processBatch(Records.numbered(2)).succeeded()).isTrue();
    assertThat(handle.poolStatistics().creations()).isEqualTo(2);
  }

  @Test
  void stopsAMemoryGrowLoopAtTheLimitAndDiscardsTheInstance() {
    PluginManifest growing = WasmModules.misbehaving("grow", Duration.ofSeconds(30));
    PluginHandle handle =
        runtime(ExecutionMode.COMPILED)
            .load(growing.withRuntime(growing.runtime().withMaxMemoryMb(2)));

    BatchResult result = handle.processBatch(Records.numbered(2));

    assertThat(result.failure().orElseThrow().kind()).isEqualTo(FailureKind.MEMORY_LIMIT);
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
  }

  @Test
  void rejectsAForbiddenImportAtLoad() {
    PluginManifest manifest =
        PluginManifest.builder("imports_env", PluginType.FILTER)
            .module(WasmModules.module("imports_env"))
            .build();

    PluginException failure =
        catchThrowableOfType(
            PluginException.class, () -> runtime(ExecutionMode.COMPILED).load(manifest));

    assertThat(failure.kind()).isEqualTo(FailureKind.POLICY_VIOLATION);
    assertThat(failure.getMessage()).contains("env.abort");
  }

  @Test
  void reportsAStackOverflowInWasmAsATrap() {
    PluginHandle handle =
        runtime(ExecutionMode.COMPILED).load(WasmModules.misbehaving("recursion", DEADLINE));

    BatchResult result = handle.processBatch(Records.numbered(1));

    assertThat(result.failure().orElseThrow().kind()).isEqualTo(FailureKind.TRAP);
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
  }

  @Test
  void findsTheModuleInTheCompileCacheWhenLoadedAgainWithOtherLimits() {
    PluginRuntime runtime = runtime(ExecutionMode.COMPILED);
    PluginManifest manifest = ManifestParser.parse(Manifests.path("loop-on-demand/plugin.toml"));

    PluginHandle first = runtime.load(manifest);
    PluginHandle second =
        runtime.load(manifest.withRuntime(manifest.runtime().withMaxExecutionTimeMs(1_000)));

    assertThat(second.poolStatistics().cacheMisses()).isEqualTo(1);
    assertThat(second.poolStatistics().cacheHits()).isEqualTo(1);
    assertThat(second.defaultLimits().timeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(first.defaultLimits().timeout()).isEqualTo(DEADLINE);
  }

  @Test
  void countsTheSameInstructionsForTheSameInputInInterpreterMode() {
    PluginHandle handle =
        runtime(ExecutionMode.INTERPRETER).load(Manifests.path("loop-on-demand/plugin.toml"));
    CallLimits counting = handle.defaultLimits().withInstructionCounting(true);

    BatchResult first = handle.processBatch(Records.numbered(10), counting);
    BatchResult second = handle.processBatch(Records.numbered(10), counting);

    assertThat(first.instructions()).isPositive().isEqualTo(second.instructions());
  }

  @Test
  void stopsACallThatExceedsItsInstructionBudget() {
    PluginHandle handle =
        runtime(ExecutionMode.INTERPRETER)
            .load(WasmModules.misbehaving("forever", Duration.ofMinutes(1)));

    BatchResult result =
        handle.processBatch(
            Records.numbered(1), handle.defaultLimits().withInstructionBudget(100_000));

    assertThat(result.failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(result.failure().orElseThrow().detail()).contains("100000");
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
  }

  @Test
  void capsTheMemoryLimitAtThePolicys() {
    PluginRuntime runtime =
        PluginRuntime.builder()
            .withSecurityPolicy(SecurityPolicy.defaults().withMaxMemoryMb(2))
            .build();
    runtimes.add(runtime);

    PluginHandle handle = runtime.load(WasmModules.sample("01-wasm-filter"));

    assertThat(handle.manifest().runtime().maxMemoryMb()).isEqualTo(2);
  }

  @Test
  void keepsOrderWhenSplittingAWasmBatchOverSeveralInstances() {
    PluginHandle handle =
        runtime(ExecutionMode.COMPILED).load(WasmModules.sample("01-wasm-filter"));
    List<PluginRecord> batch = logLines(1_000);

    BatchResult parallel = handle.processBatchParallel(batch, 2, handle.defaultLimits());

    assertThat(parallel.outputs()).isEqualTo(handle.processBatch(batch).outputs());
    assertThat(handle.poolStatistics().creations()).isEqualTo(2);
  }

  @Test
  void namesTheRecordsOfTheChunkThatTimedOutInASplitBatch() {
    PluginHandle handle =
        runtime(ExecutionMode.COMPILED).load(Manifests.path("loop-on-demand/plugin.toml"));
    String[] values = new String[1_000];
    java.util.Arrays.fill(values, "fine");
    values[900] = "Loop";

    BatchResult result =
        handle.processBatchParallel(Records.texts(values), 2, handle.defaultLimits());

    PluginFailure failure = result.failure().orElseThrow();
    assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
    Matcher range =
        Pattern.compile("in records \\[(\\d+)] to \\[(\\d+)] of the batch")
            .matcher(failure.detail());
    assertThat(range.find()).as(failure.detail()).isTrue();
    assertThat(Integer.parseInt(range.group(1))).isLessThanOrEqualTo(900);
    assertThat(Integer.parseInt(range.group(2))).isGreaterThanOrEqualTo(900);
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
    assertThat(
            handle
                .processBatchParallel(Records.numbered(100), 2, handle.defaultLimits())
                .succeeded())
        .isTrue();
  }
}
