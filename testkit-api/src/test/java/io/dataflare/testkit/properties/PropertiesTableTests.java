package io.dataflare.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.plugin.FailureKind;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.spec.SpecFile;
import io.dataflare.testkit.spec.SpecFileReader;
import io.dataflare.testkit.spec.SpecProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A spec file's {@code [properties]} table: each problem on its line with a fix (one file per
 * problem under {@code src/test/resources/bad-properties}), and a good table read as contracts.
 */
class PropertiesTableTests {
  private static final Path BAD = Path.of("src/test/resources/bad-properties");
  private static final Path GOOD = Path.of("src/test/resources/good-specs");

  private static List<String> problems(String file) {
    SpecFile spec = SpecFileReader.read(BAD.resolve(file));
    assertThat(spec.suite()).isEmpty();
    return spec.problems().stream().map(SpecProblem::toString).toList();
  }

  private static String at(String file, int line, String rest) {
    return BAD.resolve(file) + ":" + line + ": " + rest;
  }

  @Test
  void anUnknownContractSuggestsTheClosestOne() {
    assertThat(problems("unknown-contract.toml"))
        .containsExactly(
            at(
                "unknown-contract.toml",
                2,
                "[properties.contracts[1]] unknown contract [determinstic] (fix: did you mean"
                    + " [deterministic]? use one of deterministic, batch, pool_hygiene,"
                    + " differential, modes, legacy, robust, laws)"));
  }

  @Test
  void anUnknownKeySuggestsTheClosestOne() {
    assertThat(problems("unknown-key.toml"))
        .containsExactly(
            at(
                "unknown-key.toml",
                3,
                "[properties.trys] unknown key [trys] in [properties] (fix: did you mean [tries]?"
                    + " Keys of [properties]: contracts, differential, legacy, tries, seed,"
                    + " robust_allows)"));
  }

  @Test
  void aTwinManifestMustExist() {
    assertThat(problems("missing-twin.toml"))
        .singleElement()
        .asString()
        .startsWith(
            at(
                "missing-twin.toml",
                2,
                "[properties.differential] twin manifest [no-such-twin/plugin.toml] does not"
                    + " exist"))
        .endsWith("(fix: give the twin's plugin.toml relative to the spec file's directory)");
  }

  @Test
  void theDifferentialContractNeedsATwin() {
    assertThat(problems("differential-without-twin.toml"))
        .containsExactly(
            at(
                "differential-without-twin.toml",
                2,
                "[properties.contracts[1]] contract [differential] needs a twin to compare with,"
                    + " and [properties] has no [differential] (fix: add differential ="
                    + " \"twin/plugin.toml\")"));
  }

  @Test
  void triesMustBePositive() {
    assertThat(problems("tries-out-of-range.toml"))
        .containsExactly(
            at(
                "tries-out-of-range.toml",
                3,
                "[properties.tries] must be between 1 and 1000000 but was [0] (fix: write e.g."
                    + " tries = 200)"));
  }

  @Test
  void allowedFailureKindsMustExist() {
    assertThat(problems("unknown-allowed-kind.toml"))
        .containsExactly(
            at(
                "unknown-allowed-kind.toml",
                3,
                "[properties.robust_allows[0]] unknown failure kind [TRAPS] (fix: use one of"
                    + " TIMEOUT, MEMORY_LIMIT, TRAP, ABI_VIOLATION, POLICY_VIOLATION,"
                    + " INVALID_MODULE, PLUGIN_ERROR)"));
  }

  @Test
  void aTableWithoutContractsIsAProblem() {
    assertThat(problems("no-contract.toml"))
        .containsExactly(
            at(
                "no-contract.toml",
                1,
                "[properties.contracts] [properties] declares no contract (fix: add e.g."
                    + " contracts = [\"deterministic\", \"batch\", \"pool_hygiene\", \"robust\"])"));
  }

  @Test
  void contractsMustBeAnArray() {
    assertThat(problems("contracts-not-an-array.toml"))
        .containsExactly(
            at(
                "contracts-not-an-array.toml",
                2,
                "[properties.contracts] must be an array but is a string [\"deterministic\"] (fix:"
                    + " write e.g. contracts = [\"deterministic\", \"batch\", \"pool_hygiene\","
                    + " \"robust\"])"));
  }

  @Test
  void aLegacyPluginMustBeAClassName() {
    assertThat(problems("legacy-not-a-class-name.toml"))
        .containsExactly(
            at(
                "legacy-not-a-class-name.toml",
                2,
                "[properties.legacy] legacy plugin class [com.example.Old Filter] is not a class"
                    + " name (fix: write e.g. legacy = \"com.example.OldFilter\")"));
  }

  @Test
  void aGoodTableReadsAsItsContracts() {
    PluginTestSuite suite =
        SpecFileReader.read(GOOD.resolve("properties-only.toml")).suite().orElseThrow();

    PluginContracts contracts = PluginContracts.fromTable(suite.properties().orElseThrow(), GOOD);

    assertThat(contracts.contracts()).containsExactly(Contract.DETERMINISTIC, Contract.ROBUST);
    assertThat(contracts.tries()).hasValue(100);
  }

  @Test
  void aTableInJavaReadsTheSameWay() {
    PluginContracts contracts =
        PluginContracts.fromTable(
            Map.of(
                "contracts",
                List.of("robust"),
                "differential",
                "plugin.toml",
                "robust_allows",
                List.of("trap"),
                "seed",
                7L),
            GOOD);

    assertThat(contracts.contracts()).containsExactly(Contract.ROBUST, Contract.DIFFERENTIAL);
    assertThat(contracts.twin()).isPresent();
    assertThat(contracts.robustAllows()).containsExactly(FailureKind.TRAP);
    assertThat(contracts.seed()).hasValue(7);
  }

  @Test
  void aWrongTableInJavaNamesTheKeyAndTheFix() {
    assertThatThrownBy(
            () -> PluginContracts.fromTable(Map.of("contracts", List.of("legacy")), GOOD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "contract [legacy] needs the legacy plugin: give legacy = \"com.example.OldPlugin\""
                + " (in Java: withLegacy(OldPlugin::new))");
    assertThatThrownBy(() -> PluginContracts.fromTable(Map.of("runs", 5), GOOD))
        .hasMessage(
            "[properties] has an unknown key [runs]: use contracts, differential, legacy, tries,"
                + " seed, robust_allows");
  }
}
