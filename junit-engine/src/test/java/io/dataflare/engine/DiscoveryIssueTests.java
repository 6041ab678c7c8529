package io.dataflare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.dataflare.engine.fixtures.Specs;
import io.dataflare.engine.fixtures.specs.BadSpecs;
import io.dataflare.engine.fixtures.specs.NoPluginSpecs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** One deliberately bad spec per discovery issue, each asserting its message and source. */
class DiscoveryIssueTests {

  @Test
  void unknownKeyNamesFileLineAndKey() {
    DiscoveryIssue issue = onlyIssue("unknown-key.toml");
    assertThat(issue.message()).contains("unknown-key.toml:6: [case[0].expect.cout]");
    assertThat(fileLine(issue)).isEqualTo(6);
  }

  @Test
  void syntaxErrorNamesFileAndLine() {
    DiscoveryIssue issue = onlyIssue("syntax-error.toml");
    assertThat(issue.message()).contains("syntax-error.toml:4").contains("TOML syntax error");
    assertThat(fileLine(issue)).isEqualTo(4);
  }

  @Test
  void recordWithTwoValueFormsNamesTheRecord() {
    DiscoveryIssue issue = onlyIssue("two-value-forms.toml");
    assertThat(issue.message()).contains("two-value-forms.toml:5: [case[0].input[0]");
    assertThat(fileLine(issue)).isEqualTo(5);
  }

  @Test
  void unknownFailureKindNamesTheKindsThatExist() {
    DiscoveryIssue issue = onlyIssue("unknown-failure-kind.toml");
    assertThat(issue.message())
        .contains("unknown-failure-kind.toml:6: [case[0].expect.failure]")
        .contains("[EXPLODED]")
        .contains("TIMEOUT");
  }

  @Test
  void wrongTypeNamesTheKey() {
    DiscoveryIssue issue = onlyIssue("wrong-type.toml");
    assertThat(issue.message()).contains("wrong-type.toml:6: [case[0].expect.count]");
  }

  @Test
  void missingPluginManifestNamesThePath() {
    DiscoveryIssue issue = onlyIssue("missing-plugin.toml");
    assertThat(issue.message())
        .contains("missing-plugin.toml:1: [plugin]")
        .contains("../../plugins/nowhere/plugin.toml");
  }

  @Test
  void duplicateCaseNamesNameTheSecondCase() {
    DiscoveryIssue issue = onlyIssue("duplicate-names.toml");
    assertThat(issue.message())
        .contains("duplicate-names.toml:9: [case[1].name]")
        .contains("[same]")
        .contains("line 4");
  }

  @Test
  void badSpecsAreWarningsByDefaultSoTheOtherSpecsStillRun() {
    assertThat(onlyIssue("unknown-key.toml").severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void badSpecsAreErrorsWhenConfigured() {
    EngineDiscoveryResults results =
        Specs.engine(Specs.BAD)
            .configurationParameter(Constants.DISCOVERY_ISSUE_SEVERITY, "error")
            .selectors(file("unknown-key.toml"))
            .discover();
    assertThat(results.getDiscoveryIssues())
        .extracting(DiscoveryIssue::severity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void badSpecFileFailsAsATestWhileTheOtherSpecFilesRun() {
    EngineExecutionResults results =
        Specs.engine(Specs.BAD)
            .selectors(
                file("unknown-key.toml"), selectFile(Specs.GOOD.resolve("filter.toml").toFile()))
            .execute();
    results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(3).failed(1));
    assertThat(results.testEvents().failed().stream())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getTestDescriptor().getDisplayName()).isEqualTo("invalid spec");
              assertThat(event.getPayload(org.junit.platform.engine.TestExecutionResult.class))
                  .get()
                  .extracting(r -> r.getThrowable().orElseThrow().getMessage())
                  .asString()
                  .contains("unknown-key.toml:6: [case[0].expect.cout]");
            });
  }

  @Test
  void specMethodWithParametersIsAnIssue() {
    assertThat(methodIssue("takesParameter", String.class).message())
        .isEqualTo(
            "Spec method [io.dataflare.engine.fixtures.specs.BadSpecs#takesParameter(java.lang.String)]"
                + " must take no parameters: remove them and build the inputs inside the method");
  }

  @Test
  void specMethodWithAWrongReturnTypeIsAnIssue() {
    assertThat(methodIssue("returnsText").message())
        .isEqualTo(
            "Spec method [io.dataflare.engine.fixtures.specs.BadSpecs#returnsText()] returns"
                + " [java.lang.String], which is not a spec: return a PluginTestCase,"
                + " PluginBenchmark, PluginTestSuite or PluginProperty, or a Stream, Collection,"
                + " Iterable or array of them");
  }

  @Test
  void specMethodThatThrowsIsAnIssueWithItsCause() {
    DiscoveryIssue issue = methodIssue("throwsWhileBuilding");
    assertThat(issue.message())
        .isEqualTo(
            "Spec method [io.dataflare.engine.fixtures.specs.BadSpecs#throwsWhileBuilding()] threw"
                + " [java.lang.IllegalStateException: input file missing]: fix the method (it runs"
                + " during discovery to list its specs)");
    assertThat(issue.cause()).get().isInstanceOf(IllegalStateException.class);
  }

  @Test
  void specMethodReturningNullIsAnIssue() {
    assertThat(methodIssue("returnsNull").message())
        .isEqualTo(
            "Spec method [io.dataflare.engine.fixtures.specs.BadSpecs#returnsNull()] returned"
                + " null: return a PluginTestCase, PluginBenchmark, PluginTestSuite or"
                + " PluginProperty, or an empty collection");
  }

  @Test
  void specMethodReturningOtherElementsIsAnIssue() {
    assertThat(methodIssue("returnsOtherElements").message())
        .isEqualTo(
            "Spec method [io.dataflare.engine.fixtures.specs.BadSpecs#returnsOtherElements()]"
                + " returned an element of type [java.lang.String] at index [1]: return only"
                + " PluginTestCase, PluginBenchmark, PluginTestSuite, PluginProperty elements");
  }

  @Test
  void specMethodReturningTwoCasesOfOneNameIsAnIssue() {
    assertThat(methodIssue("duplicateNames").message())
        .isEqualTo(
            "Spec method [io.dataflare.engine.fixtures.specs.BadSpecs#duplicateNames()] has two"
                + " cases named [still-runs]: give each a name of its own");
  }

  @Test
  void bareCasesWithoutSpecPluginAreAnIssue() {
    List<DiscoveryIssue> issues =
        Specs.engine().selectors(selectClass(NoPluginSpecs.class)).discover().getDiscoveryIssues();
    assertThat(issues)
        .singleElement()
        .extracting(DiscoveryIssue::message)
        .isEqualTo(
            "Spec method [io.dataflare.engine.fixtures.specs.NoPluginSpecs#orphan()] returns bare"
                + " cases, benchmarks or properties, but class [io.dataflare.engine.fixtures.specs.NoPluginSpecs]"
                + " names no plugin: annotate the class with @SpecPlugin(\"plugin.toml\") or return"
                + " a PluginTestSuite");
  }

  @Test
  void badSpecMethodsFailWhileTheGoodMethodStillRuns() {
    EngineExecutionResults results =
        Specs.engine().selectors(selectClass(BadSpecs.class)).execute();
    results.testEvents().assertStatistics(stats -> stats.started(7).succeeded(1).failed(6));
    assertThat(results.testEvents().succeeded().stream())
        .singleElement()
        .extracting(event -> event.getTestDescriptor().getDisplayName())
        .isEqualTo("still-runs");
  }

  private static DiscoveryIssue onlyIssue(String badFile) {
    EngineDiscoveryResults results = Specs.engine(Specs.BAD).selectors(file(badFile)).discover();
    assertThat(results.getDiscoveryIssues()).hasSize(1);
    DiscoveryIssue issue = results.getDiscoveryIssues().get(0);
    assertThat(issue.source())
        .get()
        .isInstanceOfSatisfying(
            FileSource.class,
            source -> assertThat(source.getFile().toPath()).endsWith(Path.of(badFile)));
    assertThat(results.getEngineDescriptor().getDescendants())
        .filteredOn(TestDescriptor::isTest)
        .extracting(TestDescriptor::getDisplayName)
        .containsExactly("invalid spec");
    return issue;
  }

  private static DiscoveryIssue methodIssue(String method, Class<?>... parameterTypes) {
    DiscoverySelector selector = selectMethod(BadSpecs.class, method, parameterTypes);
    List<DiscoveryIssue> issues =
        Specs.engine().selectors(selector).discover().getDiscoveryIssues();
    assertThat(issues).hasSize(1);
    assertThat(issues.get(0).source())
        .get()
        .isInstanceOfSatisfying(
            MethodSource.class, source -> assertThat(source.getMethodName()).isEqualTo(method));
    return issues.get(0);
  }

  private static int fileLine(DiscoveryIssue issue) {
    return ((FileSource) issue.source().orElseThrow())
        .getPosition()
        .map(FilePosition::getLine)
        .orElse(0);
  }

  private static DiscoverySelector file(String badFile) {
    return DiscoverySelectors.selectFile(Specs.BAD.resolve(badFile).toFile());
  }
}
