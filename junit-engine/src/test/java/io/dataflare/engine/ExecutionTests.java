package io.dataflare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.engine;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.started;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.dataflare.engine.execution.PluginLoadException;
import io.dataflare.engine.fixtures.Specs;
import io.dataflare.engine.fixtures.specs.FilterSpecs;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

class ExecutionTests {

  @Test
  void runsEveryCaseOfASpecFileInOrder() {
    EngineExecutionResults results =
        Specs.engine().selectors(selectFile(Specs.GOOD.resolve("filter.toml").toFile())).execute();
    results
        .allEvents()
        .assertEventsMatchLooselyInOrder(
            event(engine(), started()),
            event(container("filter"), started()),
            event(test("keeps-errors"), started()),
            event(test("keeps-errors"), finishedSuccessfully()),
            event(test("drops-info"), started()),
            event(test("drops-info"), finishedSuccessfully()),
            event(test("counts-kept"), started()),
            event(test("counts-kept"), finishedSuccessfully()),
            event(container("filter"), finishedSuccessfully()),
            event(engine(), finishedSuccessfully()));
    assertThat(results.allEvents().count()).isEqualTo(13); // and one report entry per case
  }

  @Test
  void runsEverySpecOfASpecClass() {
    EngineExecutionResults results =
        Specs.engine().selectors(selectClass(FilterSpecs.class)).execute();
    assertThat(Specs.failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(6));
  }

  @Test
  void wrongExpectationFailsWithExpectedAndActualForTheDiff() {
    Event failed =
        Specs.engine(Specs.WRONG)
            .selectors(selectFile(Specs.WRONG.resolve("upper-wrong.toml").toFile()))
            .execute()
            .testEvents()
            .failed()
            .stream()
            .findFirst()
            .orElseThrow();
    Throwable failure = failed.getRequiredPayload(TestExecutionResult.class).getThrowable().get();
    assertThat(failure).isInstanceOf(AssertionFailedError.class);
    AssertionFailedError diff = (AssertionFailedError) failure;
    assertThat(diff.getMessage())
        .startsWith("case [wrong-on-purpose]: ")
        .contains("[1]")
        .contains("upper-wrong.toml:");
    assertThat(diff.isExpectedDefined()).isTrue();
    assertThat(diff.getExpected().getStringRepresentation()).contains("DEX");
    assertThat(diff.getActual().getStringRepresentation()).contains("DEF");
  }

  @Test
  void publishesTheFiguresOfEachCase() {
    EngineExecutionResults results =
        Specs.engine().selectors(selectFile(Specs.GOOD.resolve("upper.toml").toFile())).execute();
    ReportEntry entry =
        results.allEvents().reportingEntryPublished().stream()
            .findFirst()
            .orElseThrow()
            .getRequiredPayload(ReportEntry.class);
    Map<String, String> figures = entry.getKeyValuePairs();
    assertThat(figures).containsEntry("records_in", "1").containsEntry("records_out", "1");
    assertThat(figures).containsKey("latency_ms");
    assertThat(Double.parseDouble(figures.get("latency_ms"))).isNotNegative();
  }

  @Test
  void pluginThatCannotBeLoadedFailsItsCasesWithTheManifestProblem() {
    Specs.engine(Specs.BROKEN_PLUGIN)
        .selectors(selectFile(Specs.BROKEN_PLUGIN.resolve("broken.toml").toFile()))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("cannot-load"),
                finishedWithFailure(
                    instanceOf(PluginLoadException.class),
                    message(m -> m.contains("Plugin [") && m.contains("plugin.toml:4")))));
  }

  @Test
  void casesCarryThePluginTypeAndTheirOwnTags() {
    EngineExecutionResults results =
        Specs.engine()
            .selectors(selectFile(Specs.GOOD.resolve("filter.toml").toFile()))
            .filters(TagFilter.includeTags("smoke"))
            .execute();
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(results.testEvents().started().stream())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getTestDescriptor().getTags())
                    .containsExactlyInAnyOrder(TestTag.create("filter"), TestTag.create("smoke")));
  }

  @Test
  void benchmarksCanBeLeftOutByTag() {
    Specs.engine()
        .selectors(selectClass(FilterSpecs.class))
        .filters(TagFilter.excludeTags("benchmark"))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(5).succeeded(5));
  }

  @Test
  void runsInParallelWhenEnabled() {
    Specs.engine()
        .configurationParameter(Constants.PARALLEL_ENABLED, "true")
        .configurationParameter(Constants.PARALLEL_CONFIG_PREFIX + "strategy", "fixed")
        .configurationParameter(Constants.PARALLEL_CONFIG_PREFIX + "fixed.parallelism", "2")
        .selectors(
            selectClass(FilterSpecs.class),
            selectFile(Specs.GOOD.resolve("filter.toml").toFile()),
            selectFile(Specs.GOOD.resolve("upper.toml").toFile()))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(10).succeeded(10).failed(0));
  }

  @Test
  void malformedConfigurationFailsWithTheParameterAndTheFix() {
    assertThatThrownBy(
            () ->
                Specs.engine()
                    .configurationParameter(Constants.POOL_SIZE, "many")
                    .selectors(selectClass(FilterSpecs.class))
                    .discover())
        .rootCause()
        .hasMessage(
            "Configuration parameter [dataflare.pool.size] has an invalid value [many]: use a"
                + " whole number of at least 1 (set it in junit-platform.properties or Surefire's"
                + " configurationParameters)");
  }
}
