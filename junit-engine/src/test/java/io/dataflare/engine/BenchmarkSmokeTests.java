package io.dataflare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.dataflare.engine.fixtures.Specs;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The engine's benchmark smoke checks; the targets are far beyond any machine's reach or noise. */
class BenchmarkSmokeTests {
  private static final DiscoverySelector BENCHMARKS =
      selectFile(Specs.BENCHMARKS.resolve("filter-bench.toml").toFile());

  @Test
  void reachableTargetPassesAndReportsItsFigures() {
    EngineExecutionResults results = Specs.engine(Specs.BENCHMARKS).selectors(BENCHMARKS).execute();
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test("easy-target"), finishedSuccessfully()));
    Map<String, String> figures =
        results.allEvents().reportingEntryPublished().stream()
            .filter(e -> e.getTestDescriptor().getDisplayName().equals("easy-target"))
            .findFirst()
            .orElseThrow()
            .getRequiredPayload(ReportEntry.class)
            .getKeyValuePairs();
    assertThat(figures)
        .containsKeys("throughput_records_per_s", "latency_p99_ms", "calls")
        .containsEntry("records_per_call", "100");
  }

  @Test
  void targetMissedByFarMoreThanTheMarginFails() {
    Specs.engine(Specs.BENCHMARKS)
        .selectors(BENCHMARKS)
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("impossible-target"),
                finishedWithFailure(
                    message(
                        m ->
                            m.startsWith("benchmark [impossible-target] smoke check: throughput")
                                && m.contains("more than 10 times below expected_throughput")))));
  }

  @Test
  void smokeChecksCanBeTurnedOff() {
    Specs.engine(Specs.BENCHMARKS)
        .configurationParameter(Constants.BENCHMARK_SMOKE, "off")
        .selectors(BENCHMARKS)
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            2,
            event(
                skippedWithReason(
                    r ->
                        r.startsWith(
                            "benchmark smoke checks are off (dataflare.benchmarks.smoke=off)"))));
  }
}
