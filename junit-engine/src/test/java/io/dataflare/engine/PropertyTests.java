package io.dataflare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.dataflare.engine.fixtures.Specs;
import io.dataflare.engine.fixtures.specs.PropertySpecs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

/**
 * Compatibility properties in the engine: each contract a test of its suite, with its seed and
 * tries reported, and the planted-bug fixtures under {@code properties/} each caught by the right
 * contract with a shrunk counterexample and the seed that replays it.
 */
class PropertyTests {
  private static final Path SPECS = Specs.RESOURCES.resolve("properties/specs");

  private static EngineExecutionResults run(String specFile) {
    return Specs.engine(SPECS).selectors(selectFile(SPECS.resolve(specFile).toFile())).execute();
  }

  private static UniqueId contractId(String specFile, String contract) {
    return Specs.specFileId(SPECS.resolve(specFile)).append("contract", contract);
  }

  /** The failure message of the test with this display name. */
  private static String failureOf(EngineExecutionResults results, String name) {
    Event failed =
        results.testEvents().failed().stream()
            .filter(e -> e.getTestDescriptor().getDisplayName().equals(name))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError(name + " did not fail: " + Specs.failures(results)));
    Throwable thrown =
        failed.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    assertThat(thrown).isInstanceOf(AssertionFailedError.class);
    return thrown.getMessage();
  }

  private static List<Map<String, String>> reportsOf(EngineExecutionResults results, String name) {
    return results.allEvents().reportingEntryPublished().stream()
        .filter(e -> e.getTestDescriptor().getDisplayName().equals(name))
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .toList();
  }

  @Test
  void eachContractIsATestOfItsSuiteTaggedProperty() {
    TestDescriptor engine =
        Specs.engine(SPECS)
            .selectors(selectFile(SPECS.resolve("json-kind.toml").toFile()))
            .discover()
            .getEngineDescriptor();

    TestDescriptor suite = engine.getChildren().iterator().next();
    assertThat(suite.getChildren())
        .extracting(d -> Specs.readable(d.getUniqueId()))
        .containsExactly(
            "[engine:dataflare]/[spec-file:src/test/resources/properties/specs/json-kind.toml]/[contract:modes]",
            "[engine:dataflare]/[spec-file:src/test/resources/properties/specs/json-kind.toml]/[contract:laws]",
            "[engine:dataflare]/[spec-file:src/test/resources/properties/specs/json-kind.toml]/[contract:differential]");
    assertThat(suite.getChildren())
        .allSatisfy(
            d -> assertThat(d.getTags()).extracting(t -> t.getName()).contains("property", "map"));
  }

  @Test
  void aContractCanBeSelectedAgainByItsUniqueId() {
    EngineExecutionResults results =
        Specs.engine(SPECS)
            .selectors(selectUniqueId(contractId("json-kind.toml", "laws")))
            .execute();

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void reportsTheSeedAndTheTriesOfEachContract() {
    EngineExecutionResults results =
        Specs.engine(SPECS)
            .configurationParameter(Constants.PROPERTIES_TRIES, "12")
            .selectors(selectUniqueId(contractId("json-kind.toml", "laws")))
            .execute();

    assertThat(reportsOf(results, "laws"))
        .first()
        .satisfies(
            entry -> {
              assertThat(entry).containsEntry("tries", "12");
              assertThat(Long.parseLong(entry.get("seed"))).isNotNegative();
            });
    assertThat(reportsOf(results, "laws")).last().isEqualTo(Map.of("tries_run", "12"));
  }

  @Test
  void aPropertysOwnTriesComeBeforeTheRunsParameter() {
    EngineExecutionResults results =
        Specs.engine(SPECS)
            .configurationParameter(Constants.PROPERTIES_TRIES, "12")
            .selectors(selectUniqueId(contractId("leaky-map.toml", "deterministic")))
            .execute();

    assertThat(reportsOf(results, "deterministic").get(0)).containsEntry("tries", "20");
  }

  @Test
  void stateKeptInAGlobalIsCaughtByDeterministicAndPoolHygiene() {
    EngineExecutionResults results = run("stateful-filter.toml");

    results.testEvents().assertStatistics(stats -> stats.started(2).failed(2));
    String seed = reportsOf(results, "deterministic").get(0).get("seed");
    // which try first keeps state across the reset depends on the seed (usually the second)
    assertThat(failureOf(results, "deterministic"))
        .containsPattern(
            "^property \\[deterministic\\] failed on try \\d+ of 100 \\(seed "
                + java.util.regex.Pattern.quote(seed)
                + "\\)")
        .contains("counterexample, shrunk in ")
        .contains("\n  a batch of 1 record:\n    [0] PluginRecord[value=\"\"]\nwhat went wrong:")
        .contains("on a fresh instance and on the same instance reused after its reset")
        .endsWith(
            "replay it exactly: run with the configuration parameter dataflare.properties.seed="
                + seed
                + " (e.g. mvn test -Ddataflare.properties.seed="
                + seed
                + ", or in junit-platform.properties), or pin it with seed = "
                + seed
                + " under [properties]");
    assertThat(failureOf(results, "pool_hygiene"))
        .contains(
            "  2 batches, in order:\n  batch 0: a batch of 1 record:\n      [0]"
                + " PluginRecord[value=\"\"]\n  batch 1: a batch of 1 record:\n      [0]"
                + " PluginRecord[value=\"\"]\n")
        .contains("state leaked from one caller to the next");
  }

  @Test
  void aCrashOnAnEmptyValueIsCaughtByRobustWhileBatchHolds() {
    EngineExecutionResults results = run("empty-trap.toml");

    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    assertThat(failureOf(results, "robust"))
        .contains("\n  a batch of 1 record:\n    [0] PluginRecord[value=\"\"]\nwhat went wrong:")
        .contains("batch 0 failed with TRAP for the batch: dataflare_filter trapped")
        .contains("or allow the kind with robust_allows = [\"TRAP\"]");
  }

  @Test
  void outputThatDiffersFromItsJavaTwinForArraysIsCaughtByDifferential() {
    EngineExecutionResults results = run("json-kind.toml");

    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
    // shrunk to one record holding an array; usually the only batch, but when an earlier batch
    // was shrunk to an empty value first, the shrinker (which never raises a choice) keeps it
    assertThat(failureOf(results, "differential"))
        .containsPattern("a batch of 1 record:\n\\s+\\[0\\] PluginRecord\\[value=\"\\s*\\[")
        .contains("plugin [json-kind] and its twin [json-kind-java] disagree (first at batch ")
        .contains("PluginRecord[value=\"object\"]")
        .contains("PluginRecord[value=\"array\"]");
  }

  @Test
  void aLegacyPluginNamedInTomlAgreesWithItselfThroughTheAdapter() {
    EngineExecutionResults results = run("legacy-upper.toml");

    assertThat(Specs.failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(reportsOf(results, "legacy").get(0)).containsEntry("tries", "50");
  }

  @Test
  void memoryGrowingWithEveryCallIsCaughtByPoolHygiene() {
    EngineExecutionResults results = run("leaky-map.toml");

    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    assertThat(failureOf(results, "pool_hygiene"))
        .contains("the linear memory of a pooled instance grew from [")
        .contains("over 64 more calls of the same batch");
  }

  @Test
  void theSameSeedGivesTheSameInputsTheSameVerdictAndTheSameCounterexample() {
    List<UniqueId> failing =
        List.of(
            contractId("json-kind.toml", "differential"),
            contractId("stateful-filter.toml", "deterministic"));
    for (UniqueId contract : failing) {
      String name = contract.getLastSegment().getValue();
      String first = failureOf(runWithSeed(contract, "424242"), name);
      String again = failureOf(runWithSeed(contract, "424242"), name);

      assertThat(again).isEqualTo(first).contains("(seed 424242)");
    }
    EngineExecutionResults passing = runWithSeed(contractId("json-kind.toml", "laws"), "424242");
    assertThat(reportsOf(passing, "laws"))
        .containsExactly(Map.of("seed", "424242", "tries", "100"), Map.of("tries_run", "100"));
  }

  private static EngineExecutionResults runWithSeed(UniqueId contract, String seed) {
    return Specs.engine(SPECS)
        .configurationParameter(Constants.PROPERTIES_SEED, seed)
        .selectors(selectUniqueId(contract))
        .execute();
  }

  @Test
  void javaSpecClassesDeclareContractsAndCustomProperties() {
    EngineExecutionResults results =
        Specs.engine().selectors(selectClass(PropertySpecs.class)).execute();

    assertThat(results.testEvents().list())
        .extracting(e -> Specs.readable(e.getTestDescriptor().getUniqueId()))
        .contains(
            "[engine:dataflare]/[class:io.dataflare.engine.fixtures.specs.PropertySpecs]/[method:contracts()]/[contract:deterministic]",
            "[engine:dataflare]/[class:io.dataflare.engine.fixtures.specs.PropertySpecs]/[method:suite()]/[suite:upper-in-a-suite]/[contract:laws]",
            "[engine:dataflare]/[class:io.dataflare.engine.fixtures.specs.PropertySpecs]/[method:custom()]/[property:keeps-value-lengths]");
    results
        .testEvents()
        .assertStatistics(stats -> stats.skipped(1).started(5).succeeded(4).failed(1));
    assertThat(results.testEvents().skipped().stream())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getRequiredPayload(String.class))
                    .isEqualTo(
                        "modes compares the interpreter and the compiler of WASM plugins, and"
                            + " [upper-case] is a native plugin"));
    assertThat(failureOf(results, "keeps-value-lengths"))
        .startsWith("property [keeps-value-lengths] failed on try ")
        .contains("(seed 11)")
        .contains("a batch of 1 record:")
        .contains("[length of output 0]");
  }

  @Test
  void aBadPropertiesTableIsADiscoveryIssueAndAFailingTest() {
    Path bad = Specs.RESOURCES.resolve("properties/bad/unknown-contract.toml");

    EngineExecutionResults results =
        Specs.engine(SPECS).selectors(selectFile(bad.toFile())).execute();

    assertThat(Specs.failures(results))
        .singleElement()
        .asString()
        .contains(
            "[properties.contracts[0]] unknown contract [determinstic] (fix: did you mean [deterministic]?");
  }
}
