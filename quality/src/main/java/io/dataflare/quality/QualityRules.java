package io.dataflare.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The rules of the quality score, version {@value #VERSION}: every check with its fixed points. For
 * each backend the maxima add up to 100; checks that do not apply to a plugin are left out and the
 * total is rescaled to 100. A new version may change points; one version never does. Documented,
 * with how to earn each check, in {@code docs/quality.md}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class QualityRules {

  /** The version of these rules, written into every {@code quality.json}. */
  public static final int VERSION = 1;

  private static final Set<Backend> BOTH = EnumSet.allOf(Backend.class);
  private static final Set<Backend> JAVA = EnumSet.of(Backend.JAVA);
  private static final Set<Backend> WASM = EnumSet.of(Backend.WASM);

  public static final CheckRule TESTS_CASES =
      new CheckRule(
          "tests.cases",
          Category.TESTS,
          "Cases present",
          10,
          "2 points per spec case, up to 5 cases",
          BOTH);
  public static final CheckRule TESTS_ERROR_PATHS =
      new CheckRule(
          "tests.error-paths",
          Category.TESTS,
          "Error paths tested",
          5,
          "a case expects a failure (expect.failure, Expectations.failure)",
          BOTH);
  public static final CheckRule TESTS_CONTRACTS =
      new CheckRule(
          "tests.contracts",
          Category.TESTS,
          "Contracts passing",
          5,
          "every declared compatibility contract ([properties] contracts) ran and passed; not"
              + " applicable when none are declared",
          BOTH);

  public static final CheckRule COVERAGE_LINES =
      new CheckRule(
          "coverage.lines",
          Category.COVERAGE,
          "Line coverage",
          10,
          "1 point per full 10% of the plugin's lines executed by the tests (JaCoCo)",
          JAVA);
  public static final CheckRule COVERAGE_BRANCHES =
      new CheckRule(
          "coverage.branches",
          Category.COVERAGE,
          "Branch coverage",
          10,
          "1 point per full 10% of the plugin's branches taken by the tests (JaCoCo)",
          JAVA);
  public static final CheckRule COVERAGE_FUNCTIONS =
      new CheckRule(
          "coverage.functions",
          Category.COVERAGE,
          "Executed functions",
          20,
          "1 point per full 5% of the module's functions executed by the spec cases (interpreter)",
          WASM);

  public static final CheckRule STATIC_SPOTBUGS =
      new CheckRule(
          "static.spotbugs",
          Category.STATIC_ANALYSIS,
          "SpotBugs",
          20,
          "20 points minus, per finding, 20 (rank 1-4, scariest), 10 (rank 5-9, scary), 5 (rank"
              + " 10-14, troubling) or 2 (rank 15-20, of concern)",
          JAVA);
  public static final CheckRule STATIC_MODULE_CONTRACT =
      new CheckRule(
          "static.module-contract",
          Category.STATIC_ANALYSIS,
          "Module contract",
          10,
          "the module meets ABI 1: exports, signatures, ABI version and initial memory",
          WASM);
  public static final CheckRule STATIC_PERMISSIONS =
      new CheckRule(
          "static.permissions",
          Category.STATIC_ANALYSIS,
          "Least privilege",
          10,
          "every import is permitted (10 points), minus 5 per permission granted but never"
              + " imported",
          WASM);

  public static final CheckRule PERFORMANCE_BENCHMARKS =
      new CheckRule(
          "performance.benchmarks",
          Category.PERFORMANCE,
          "Benchmarks present",
          5,
          "at least one benchmark is declared and measured",
          BOTH);
  public static final CheckRule PERFORMANCE_GATE =
      new CheckRule(
          "performance.gate",
          Category.PERFORMANCE,
          "Regression gate passing",
          5,
          "the regression gate passed and compared every benchmark with a committed baseline",
          BOTH);
  public static final CheckRule PERFORMANCE_TARGETS =
      new CheckRule(
          "performance.targets",
          Category.PERFORMANCE,
          "Declared targets met",
          5,
          "benchmarks declare expected_throughput or max_latency: 5 points times the share met",
          BOTH);
  public static final CheckRule PERFORMANCE_ALLOCATION =
      new CheckRule(
          "performance.allocation",
          Category.PERFORMANCE,
          "Allocation budget",
          5,
          "every benchmark's allocation per record is within its baseline's budget",
          BOTH);
  public static final CheckRule PERFORMANCE_INSTRUCTIONS =
      new CheckRule(
          "performance.instructions",
          Category.PERFORMANCE,
          "Instruction budget",
          5,
          "every benchmark's WASM instructions per record are within its baseline's budget",
          WASM);

  public static final CheckRule DOCS_README =
      new CheckRule(
          "docs.readme",
          Category.DOCUMENTATION,
          "README usage and configuration",
          4,
          "README.md has a usage section (2 points) and a configuration section (2 points)",
          BOTH);
  public static final CheckRule DOCS_CONFIG_KEYS =
      new CheckRule(
          "docs.config-keys",
          Category.DOCUMENTATION,
          "Every [config] key described",
          4,
          "4 points times the share of plugin.toml's [config] keys the README names",
          BOTH);
  public static final CheckRule DOCS_JAVADOC =
      new CheckRule(
          "docs.javadoc",
          Category.DOCUMENTATION,
          "Javadoc on public types",
          5,
          "5 points times the share of public types in src/main/java with a javadoc comment",
          JAVA);
  public static final CheckRule DOCS_EXAMPLE =
      new CheckRule(
          "docs.example",
          Category.DOCUMENTATION,
          "Runnable example",
          3,
          "a spec case (it runs in every build) or an examples/ directory",
          BOTH);
  public static final CheckRule DOCS_CHANGELOG =
      new CheckRule(
          "docs.changelog",
          Category.DOCUMENTATION,
          "Changelog entry",
          4,
          "CHANGELOG.md has a heading with the plugin's version",
          BOTH);

  private static final List<CheckRule> ALL =
      List.of(
          TESTS_CASES,
          TESTS_ERROR_PATHS,
          TESTS_CONTRACTS,
          COVERAGE_LINES,
          COVERAGE_BRANCHES,
          COVERAGE_FUNCTIONS,
          STATIC_SPOTBUGS,
          STATIC_MODULE_CONTRACT,
          STATIC_PERMISSIONS,
          PERFORMANCE_BENCHMARKS,
          PERFORMANCE_GATE,
          PERFORMANCE_TARGETS,
          PERFORMANCE_ALLOCATION,
          PERFORMANCE_INSTRUCTIONS,
          DOCS_README,
          DOCS_CONFIG_KEYS,
          DOCS_JAVADOC,
          DOCS_EXAMPLE,
          DOCS_CHANGELOG);

  private QualityRules() {}

  /** Every rule, in report order. */
  public static List<CheckRule> all() {
    return ALL;
  }

  /** The rules for one backend, in report order. */
  public static List<CheckRule> forBackend(Backend backend) {
    return ALL.stream().filter(rule -> rule.appliesTo(backend)).toList();
  }

  /** The rule with this id. */
  public static Optional<CheckRule> byId(String id) {
    return ALL.stream().filter(rule -> rule.id().equals(id)).findFirst();
  }
}
