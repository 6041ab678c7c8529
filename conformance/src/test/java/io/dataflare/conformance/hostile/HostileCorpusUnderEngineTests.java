package io.dataflare.conformance.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.dataflare.conformance.fixtures.Corpus;
import io.dataflare.conformance.fixtures.HostileCase;
import io.dataflare.engine.Constants;
import io.dataflare.engine.DataFlareTestEngine;
import io.dataflare.engine.execution.PluginLoadException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The whole hostile corpus in one run of the {@code dataflare} engine, next to well-behaved
 * plugins: every hostile plugin that loads is one passing test (its spec expects the failure),
 * every refused one is one failing test naming the kind, and the well-behaved specs still pass.
 */
class HostileCorpusUnderEngineTests {
  private static final List<String> GOOD_TESTS =
      List.of(
          "keeps-every-record", "keeps-records-across-batches", "upper-cases-values", "keeps-keys");

  private static Events tests;

  @BeforeAll
  static void runTheCorpus() {
    EngineExecutionResults results =
        EngineTestKit.engine(DataFlareTestEngine.ENGINE_ID)
            .configurationParameter(Constants.SPECS_DIRECTORY, Corpus.HOSTILE.toString())
            .selectors(selectDirectory(Corpus.HOSTILE.toFile()))
            .execute();
    tests = results.testEvents();
  }

  static Stream<HostileCase> loading() {
    return Corpus.all().stream().filter(c -> c.phase() == HostileCase.Phase.CALL);
  }

  static Stream<HostileCase> refused() {
    return Corpus.all().stream().filter(c -> c.phase() == HostileCase.Phase.LOAD);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("loading")
  void hostilePluginThatLoadsIsOnePassingTestExpectingItsFailure(HostileCase hostile) {
    tests
        .assertThatEvents()
        .haveExactly(1, event(test(), displayName(hostile.plugin()), finishedSuccessfully()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusedPluginIsOneFailingTestNamingTheKindAndTheFix(HostileCase hostile) {
    tests
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test(),
                displayName(hostile.plugin()),
                finishedWithFailure(
                    instanceOf(PluginLoadException.class),
                    message(m -> m.contains(hostile.messagePrefix() + hostile.detail())))));
  }

  @Test
  void wellBehavedSpecsInTheSameRunStillPass() {
    for (String name : GOOD_TESTS) {
      tests
          .assertThatEvents()
          .haveExactly(1, event(test(), displayName(name), finishedSuccessfully()));
    }
  }

  @Test
  void everySpecRanAndOnlyTheRefusedPluginsFailed() {
    long refused = refused().count();
    long loading = loading().count();
    assertThat(tests.started().count()).isEqualTo(refused + loading + GOOD_TESTS.size());
    assertThat(tests.failed().count()).isEqualTo(refused);
    assertThat(tests.succeeded().count()).isEqualTo(loading + GOOD_TESTS.size());
  }
}
