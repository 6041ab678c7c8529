package io.dataflare.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.dataflare.engine.fixtures.Specs;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

class LimitsTests {

  @Test
  void loopingPluginTimesOutAndTheNextCaseStillRuns() {
    EngineExecutionResults results =
        Specs.engine(Specs.LIMITS)
            .selectors(selectFile(Specs.LIMITS.resolve("looping.toml").toFile()))
            .execute();
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test("loops-forever"), finishedSuccessfully()))
        .haveExactly(
            1,
            event(
                test("loops-forever-unexpectedly"),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class), message(m -> m.contains("TIMEOUT")))))
        .haveExactly(1, event(test("keeps-the-next-record"), finishedSuccessfully()));
  }

  @Test
  void aggregateStateCarriesAcrossTheBatchesOfOneCaseOnly() {
    Specs.engine(Specs.LIMITS)
        .selectors(selectFile(Specs.LIMITS.resolve("counting.toml").toFile()))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(2).succeeded(2));
  }
}
