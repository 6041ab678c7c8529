package io.dataflare.conformance.malformed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.dataflare.engine.Constants;
import io.dataflare.engine.DataFlareTestEngine;
import io.dataflare.engine.execution.PluginLoadException;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The malformed spec corpus in one run of the {@code dataflare} engine: each problem is a discovery
 * issue with its message and its file and line as source, each malformed file is one failing {@code
 * invalid spec} test with the same messages, and the other specs still run.
 */
class MalformedSpecsUnderEngineTests {
  private static List<DiscoveryIssue> issues;
  private static Events tests;

  @BeforeAll
  static void runTheCorpus() {
    EngineTestKit.Builder engine =
        EngineTestKit.engine(DataFlareTestEngine.ENGINE_ID)
            .configurationParameter(
                Constants.SPECS_DIRECTORY, MalformedSpecTests.DIRECTORY.toString())
            .selectors(selectDirectory(MalformedSpecTests.DIRECTORY.toFile()));
    issues = engine.discover().getDiscoveryIssues();
    tests = engine.execute().testEvents();
  }

  static java.util.stream.Stream<ProblemRow> corpus() {
    return MalformedSpecTests.corpus();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyProblemIsADiscoveryIssueWithItsFileAndLine(ProblemRow row) {
    List<DiscoveryIssue> ofFile =
        issues.stream()
            .filter(
                issue -> sourceFile(issue).map(f -> f.toPath().endsWith(row.path())).orElse(false))
            .toList();
    // the engine was given the directory as an absolute path, so it names files that way

    assertThat(ofFile)
        .extracting(DiscoveryIssue::message)
        .containsExactlyElementsOf(row.expected(row.path().toAbsolutePath()));
    assertThat(ofFile)
        .extracting(issue -> line(issue))
        .containsExactlyElementsOf(row.problems().stream().map(p -> p.line()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyMalformedFileIsOneFailingTestWithItsProblems(ProblemRow row) {
    List<Event> failed =
        tests.failed().stream()
            .filter(
                e -> failureMessage(e).contains(row.expected(row.path().toAbsolutePath()).get(0)))
            .toList();

    assertThat(failed)
        .singleElement()
        .satisfies(
            e -> assertThat(e.getTestDescriptor().getDisplayName()).isEqualTo("invalid spec"));
  }

  @Test
  void wellFormedSpecStillRunsAndPasses() {
    tests
        .assertThatEvents()
        .haveExactly(1, event(test(), displayName("upper-cases"), finishedSuccessfully()));
  }

  @Test
  void specOfAPluginWithABrokenManifestFailsWithTheManifestProblem() {
    tests
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test(),
                displayName("tests-a-plugin-with-a-broken-manifest"),
                finishedWithFailure(
                    instanceOf(PluginLoadException.class),
                    message(
                        m ->
                            m.contains(
                                "unknown-key.toml:9: [runtime.max_memory] unknown key [max_memory]"
                                    + " in [runtime]; did you mean [max_memory_mb]? (fix: rename"
                                    + " it to [max_memory_mb])")))));
  }

  @Test
  void onlyTheMalformedFilesAndTheBrokenPluginFail() {
    long malformed = corpus().count();
    assertThat(tests.failed().count()).isEqualTo(malformed + 1);
    assertThat(tests.succeeded().count()).isEqualTo(1);
  }

  private static Optional<File> sourceFile(DiscoveryIssue issue) {
    return issue
        .source()
        .filter(FileSource.class::isInstance)
        .map(source -> ((FileSource) source).getFile());
  }

  private static int line(DiscoveryIssue issue) {
    return issue
        .source()
        .map(source -> ((FileSource) source).getPosition().map(FilePosition::getLine).orElse(0))
        .orElse(0);
  }

  private static String failureMessage(Event event) {
    return event
        .getPayload(TestExecutionResult.class)
        .flatMap(TestExecutionResult::getThrowable)
        .map(Throwable::getMessage)
        .orElse("");
  }
}
