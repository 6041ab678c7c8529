package io.dataflare.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.properties.fixtures.Fixtures;
import io.dataflare.testkit.properties.fixtures.LegacyPlugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each built-in contract on native plugins: it holds for good ones and catches a planted bug. */
class ContractTests {
  private static final long SEED = 20240501;

  private static PropertyResult run(
      Contract contract, PluginContracts contracts, PluginSource plugin) {
    PluginProperty property =
        contracts.properties().stream()
            .filter(p -> p.name().equals(contract.specName()))
            .findFirst()
            .orElseThrow();
    return property.run(plugin, new PropertyRun(SEED, 40, ExecutionMode.COMPILED));
  }

  private static PropertyResult run(Contract contract, PluginSource plugin) {
    return run(contract, PluginContracts.of(contract), plugin);
  }

  private static Counterexample failure(PropertyResult result) {
    assertThat(result.passed()).as("the contract should catch the planted bug").isFalse();
    return result.counterexample().orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(names = {"DETERMINISTIC", "BATCH", "POOL_HYGIENE", "ROBUST", "LAWS"})
  void holdsForAStatelessMap(Contract contract) {
    PropertyResult result = run(contract, Fixtures.upperAscii());

    assertThat(result.passed()).as(result.failureMessage("")).isTrue();
    assertThat(result.triesRun()).isEqualTo(40);
  }

  @ParameterizedTest
  @EnumSource(names = {"DETERMINISTIC", "BATCH", "POOL_HYGIENE", "LAWS"})
  void holdsForAnAggregateThatResets(Contract contract) {
    PropertyResult result = run(contract, Fixtures.runningTotals());

    assertThat(result.passed()).as(result.failureMessage("")).isTrue();
  }

  @Test
  void deterministicCatchesStateKeptAcrossCalls() {
    Counterexample found = failure(run(Contract.DETERMINISTIC, Fixtures.alternating()));

    assertThat(found.failureMessage())
        .startsWith(
            "the same batches gave different results on a fresh instance and on the same instance reused");
    assertThat(found.shown()).isEqualTo("a batch of 1 record:\n  [0] PluginRecord[value=\"\"]");
  }

  @Test
  void poolHygieneCatchesStateLeakingToTheNextCaller() {
    Counterexample found = failure(run(Contract.POOL_HYGIENE, Fixtures.alternating()));

    assertThat(found.failureMessage()).contains("state leaked from one caller to the next");
  }

  @Test
  void poolHygieneCatchesAnAggregateThatDoesNotReset() {
    Counterexample found =
        failure(run(Contract.POOL_HYGIENE, Fixtures.runningTotalsWithoutReset()));

    assertThat(found.failureMessage())
        .contains("state leaked from one caller to the next")
        .contains("count\\\":1,");
  }

  @Test
  void differentialCatchesATwinThatDiffersForOneKindOfJson() {
    PluginContracts contracts = PluginContracts.of().withTwin(Fixtures.jsonKindArraysAsObjects());

    Counterexample found = failure(run(Contract.DIFFERENTIAL, contracts, Fixtures.jsonKind()));

    assertThat(found.failureMessage())
        .startsWith("plugin [json-kind] and its twin [json-kind-arrays-as-objects] disagree")
        .contains("\"array\"")
        .contains("\"object\"");
    assertThat(found.shown()).contains("a batch of 1 record:").contains("PluginRecord[value=\"[");
  }

  @Test
  void differentialHoldsForAnIdenticalTwin() {
    PluginContracts contracts = PluginContracts.of().withTwin(Fixtures.jsonKind());

    assertThat(run(Contract.DIFFERENTIAL, contracts, Fixtures.jsonKind()).passed()).isTrue();
  }

  @Test
  void robustCatchesAHangAsATimeout() {
    Counterexample found = failure(run(Contract.ROBUST, Fixtures.sleepsOnEmptyValue()));

    assertThat(found.failureMessage())
        .startsWith("batch 0 failed with TIMEOUT")
        .contains("allow the kind with robust_allows = [\"TIMEOUT\"]");
    assertThat(found.shown()).contains("[0] PluginRecord[value=\"\"]");
  }

  @Test
  void robustAcceptsAFailureKindTheSpecAllows() {
    PluginContracts contracts = PluginContracts.of(Contract.ROBUST).allowing(FailureKind.TIMEOUT);

    PluginProperty robust = contracts.properties().get(0);
    PropertyResult result =
        robust.run(Fixtures.sleepsOnEmptyValue(), new PropertyRun(SEED, 3, ExecutionMode.COMPILED));

    assertThat(result.passed()).isTrue();
  }

  @Test
  void batchCatchesAPluginWhoseOutputDependsOnBatching() {
    Counterexample found = failure(run(Contract.BATCH, Fixtures.evenPosition()));

    assertThat(found.failureMessage())
        .startsWith("processing the batch at once and each record alone gave different results");
    assertThat(found.shown()).startsWith("a batch of 2 records:");
  }

  @Test
  void lawsCatchAFilterThatIsNotIdempotent() {
    Counterexample found = failure(run(Contract.LAWS, Fixtures.evenPosition()));

    assertThat(found.failureMessage())
        .startsWith("filtering the records a filter kept must keep all of them");
    assertThat(found.shown()).startsWith("a batch of 3 records:");
  }

  @Test
  void legacyHoldsForAStatelessLegacyPlugin() {
    PluginContracts contracts = PluginContracts.of().withLegacy(LegacyPlugins.Upper::new);

    PropertyResult result = run(Contract.LEGACY, contracts, Fixtures.upperAscii());

    assertThat(result.passed()).as(result.failureMessage("")).isTrue();
  }

  @Test
  void legacyCatchesStateTheAdapterCannotReset() {
    PluginContracts contracts = PluginContracts.of().withLegacy(LegacyPlugins.Numbering::new);

    Counterexample found = failure(run(Contract.LEGACY, contracts, Fixtures.upperAscii()));

    assertThat(found.failureMessage())
        .startsWith("the legacy plugin run through LegacyPluginAdapter");
  }

  @Test
  void legacyTakesATimeoutThroughTheAdapterForInconclusive() {
    PluginContracts contracts = PluginContracts.of().withLegacy(LegacyPlugins.SlowOnEmpty::new);

    PluginProperty legacy = contracts.properties().get(0);
    PropertyResult result =
        legacy.run(Fixtures.upperAscii(), new PropertyRun(SEED, 3, ExecutionMode.COMPILED));

    assertThat(result.passed()).as(result.failureMessage("")).isTrue();
  }

  @Test
  void modesDoNotApplyToANativePlugin() {
    PluginProperty modes = PluginContracts.of(Contract.MODES).properties().get(0);

    assertThat(modes.notApplicableTo(Fixtures.upperAscii().manifest()))
        .hasValueSatisfying(
            reason -> assertThat(reason).contains("[upper-ascii] is a native plugin"));
  }

  @Test
  void theContractsComeInTheOrderGivenWithTheirSettings() {
    PluginContracts contracts =
        PluginContracts.of(Contract.ROBUST, Contract.DETERMINISTIC).withTries(7).withSeed(3);

    assertThat(contracts.properties())
        .extracting(PluginProperty::name)
        .containsExactly("robust", "deterministic");
    assertThat(contracts.properties())
        .allSatisfy(
            p -> {
              assertThat(p.isContract()).isTrue();
              assertThat(p.tries()).hasValue(7);
              assertThat(p.seed()).hasValue(3);
            });
    assertThat(contracts).hasSize(2);
  }
}
