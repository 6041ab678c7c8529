package io.dataflare.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.fixtures.Manifests;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class ManifestParserTests {

  private static List<ManifestProblem> problemsOf(String fixture) {
    Path file = Manifests.path(fixture);
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() -> ManifestParser.parse(file));
    assertThat(thrown).isInstanceOf(ManifestException.class);
    List<ManifestProblem> problems = ((ManifestException) thrown).problems();
    assertThat(problems).allSatisfy(problem -> assertThat(problem.file()).isEqualTo(file));
    return problems;
  }

  private static ManifestProblem onlyProblemOf(String fixture) {
    List<ManifestProblem> problems = problemsOf(fixture);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void readsEverySectionOfAFullManifest() {
    Path file = Manifests.path("valid-native.toml");

    PluginManifest manifest = ManifestParser.parse(file);

    assertThat(manifest.source()).isEqualTo(file);
    assertThat(manifest.plugin())
        .isEqualTo(
            new PluginManifest.Plugin(
                "TrimFilterMap",
                "1.2.3",
                PluginType.FILTER_MAP,
                "Drops blanks, trims the rest",
                null,
                "io.dataflare.runtime.fixtures.TrimFilterMap"));
    assertThat(manifest.dataflare()).isEqualTo(new PluginManifest.Dataflare("0.1.0", 1));
    assertThat(manifest.build())
        .containsEntry("target", "wasm32-wasi")
        .containsEntry("features", List.of("batch_processing"));
    assertThat(manifest.runtime()).isEqualTo(new PluginManifest.Runtime(32, 250, 500));
    assertThat(manifest.test()).isEqualTo(new PluginManifest.Test("specs", false, 80.5));
    assertThat(manifest.permissions())
        .isEqualTo(new PluginManifest.Permissions(List.of("dataflare.log"), true));
  }

  @Test
  void givesTheConfigTableAsPlainJavaValuesInFileOrder() {
    PluginManifest manifest = ManifestParser.parse(Manifests.path("valid-native.toml"));

    assertThat(manifest.config().asMap())
        .containsExactly(
            Map.entry("suffix", "!"),
            Map.entry("threshold", 3L),
            Map.entry("ratio", 0.5),
            Map.entry("enabled", true),
            Map.entry("tags", List.of("a", "b")),
            Map.entry("nested", Map.of("depth", 2L)));
  }

  @Test
  void fillsDefaultsForAbsentSections() {
    PluginManifest manifest = ManifestParser.parse(Manifests.path("minimal.toml"));

    assertThat(manifest.plugin().description()).isEmpty();
    assertThat(manifest.plugin().module()).isNull();
    assertThat(manifest.plugin().className()).isNull();
    assertThat(manifest.dataflare()).isEqualTo(PluginManifest.Dataflare.DEFAULT);
    assertThat(manifest.runtime()).isEqualTo(PluginManifest.Runtime.DEFAULT);
    assertThat(manifest.test()).isEqualTo(PluginManifest.Test.DEFAULT);
    assertThat(manifest.permissions()).isEqualTo(PluginManifest.Permissions.NONE);
    assertThat(manifest.config().isEmpty()).isTrue();
    assertThat(manifest.build()).isEmpty();
  }

  @Test
  void acceptsTheSeedFormatIncludingItsTextualApiVersion() {
    PluginManifest manifest = ManifestParser.parse(Manifests.path("seed.toml"));

    assertThat(manifest.plugin().name()).isEqualTo("my-filter");
    assertThat(manifest.dataflare()).isEqualTo(new PluginManifest.Dataflare("4.0.0", 1));
    assertThat(manifest.runtime()).isEqualTo(new PluginManifest.Runtime(64, 1000, 1000));
    assertThat(manifest.test().coverageThreshold()).isEqualTo(80.0);
    assertThat(manifest.build()).containsEntry("optimization", "size");
  }

  @Test
  void keepsTheModulePathRelativeAndResolvesItAgainstTheManifest() {
    Path file = Manifests.path("valid-wasm.toml");

    PluginManifest manifest = ManifestParser.parse(file);

    assertThat(manifest.plugin().module()).isEqualTo(Path.of("plugin.wasm"));
    assertThat(manifest.plugin().isWasm()).isTrue();
    assertThat(manifest.modulePath()).contains(file.getParent().resolve("plugin.wasm"));
  }

  @Test
  void reportsASyntaxErrorWithItsLineAndColumn() {
    ManifestProblem problem = onlyProblemOf("syntax-error.toml");

    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.problem()).startsWith("TOML syntax error: ").contains("line 3 column");
    assertThat(problem.fix()).contains("toml.io");
  }

  @Test
  void suggestsTheClosestKeyForAnUnknownOne() {
    ManifestProblem problem = onlyProblemOf("unknown-key.toml");

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.key()).isEqualTo("runtime.max_memory");
    assertThat(problem.problem())
        .isEqualTo("unknown key [max_memory] in [runtime]; did you mean [max_memory_mb]?");
    assertThat(problem.fix()).isEqualTo("rename it to [max_memory_mb]");
  }

  @Test
  void suggestsTheClosestSectionForAnUnknownOne() {
    ManifestProblem problem = onlyProblemOf("unknown-section.toml");

    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.problem()).isEqualTo("unknown section [runtim]; did you mean [runtime]?");
  }

  @Test
  void reportsAValueOfTheWrongType() {
    ManifestProblem problem = onlyProblemOf("wrong-type.toml");

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.key()).isEqualTo("runtime.max_memory_mb");
    assertThat(problem.problem())
        .isEqualTo("max_memory_mb must be an integer but is a string [\"64\"]");
    assertThat(problem.fix()).contains("from 1 to 4096");
  }

  @Test
  void reportsAValueOutOfRange() {
    ManifestProblem problem = onlyProblemOf("out-of-range.toml");

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.problem()).isEqualTo("max_memory_mb must be between 1 and 4096 but was [0]");
  }

  @Test
  void reportsAMissingRequiredKeyOnItsSectionHeader() {
    ManifestProblem problem = onlyProblemOf("missing-key.toml");

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.key()).isEqualTo("plugin.version");
    assertThat(problem.problem()).isEqualTo("missing required key [version] in [plugin]");
    assertThat(problem.fix()).isEqualTo("add version = \"1.0.0\" under [plugin]");
  }

  @Test
  void reportsAMissingPluginSectionWithoutALine() {
    ManifestProblem problem = onlyProblemOf("missing-plugin-section.toml");

    assertThat(problem.line()).isZero();
    assertThat(problem.problem()).isEqualTo("missing section [plugin]");
  }

  @Test
  void rejectsBothModuleAndClass() {
    ManifestProblem problem = onlyProblemOf("module-and-class.toml");

    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.problem())
        .isEqualTo("[plugin] has both module [plugin.wasm] and class [com.example.Both]");
  }

  @Test
  void reportsAModuleFileThatDoesNotExist() {
    ManifestProblem problem = onlyProblemOf("missing-module.toml");

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.key()).isEqualTo("plugin.module");
    assertThat(problem.problem())
        .startsWith("module file [target/absent.wasm] does not exist (looked for ")
        .contains(Path.of("target", "absent.wasm").toString());
  }

  @Test
  void suggestsTheClosestPluginType() {
    ManifestProblem problem = onlyProblemOf("unknown-type.toml");

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.problem()).isEqualTo("unknown plugin type [filtr]; did you mean [filter]?");
    assertThat(problem.fix()).isEqualTo("use one of filter, map, filter_map, flat_map, aggregate");
  }

  @Test
  void suggestsTheClosestHostFunction() {
    ManifestProblem problem = onlyProblemOf("unknown-host-function.toml");

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.problem())
        .isEqualTo("unknown host function [dataflare.lgo]; did you mean [dataflare.log]?");
  }

  @Test
  void reportsAKeyOutsideAnySection() {
    ManifestProblem problem = onlyProblemOf("key-outside-section.toml");

    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.problem())
        .isEqualTo("key [batch_size] is outside any section; it belongs in [runtime]");
  }

  @Test
  void saysWhichSectionAMisplacedKeyBelongsIn() {
    ManifestProblem problem = onlyProblemOf("misplaced-key.toml");

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.problem())
        .isEqualTo("unknown key [batch_size] in [plugin]; it belongs in [runtime]");
    assertThat(problem.fix()).isEqualTo("move it to the [runtime] section");
  }

  @Test
  void placesADuplicateKeyOnItsSecondDefinition() {
    ManifestProblem problem = onlyProblemOf("duplicate-key.toml");

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.problem()).contains("Duplicate key");
  }

  @Test
  void rejectsAnUnsupportedApiVersion() {
    ManifestProblem problem = onlyProblemOf("unsupported-api.toml");

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.problem())
        .isEqualTo("api_version [2] is not supported: this runtime speaks version 1");
  }

  @Test
  void collectsEveryProblemInLineOrder() {
    List<ManifestProblem> problems = problemsOf("many-problems.toml");

    assertThat(problems)
        .extracting(ManifestProblem::line, ManifestProblem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "plugin.version"),
            org.assertj.core.groups.Tuple.tuple(7, "runtime.max_memory_mb"),
            org.assertj.core.groups.Tuple.tuple(8, "runtime.max_execution_time"),
            org.assertj.core.groups.Tuple.tuple(9, "runtime.batch_size"),
            org.assertj.core.groups.Tuple.tuple(12, "test.coverage_threshold"));
  }

  @Test
  void namesFileLineKeyAndFixInTheExceptionMessage() {
    Path file = Manifests.path("unknown-key.toml");

    assertThatThrownBy(() -> ManifestParser.parse(file))
        .hasMessageContaining("1 problem in plugin manifest")
        .hasMessageContaining(
            file
                + ":7: [runtime.max_memory] unknown key [max_memory] in [runtime]; did you mean"
                + " [max_memory_mb]? (fix: rename it to [max_memory_mb])");
  }

  @Test
  void reportsAManifestThatCannotBeRead() {
    Path missing = Path.of("does-not-exist", "plugin.toml");

    assertThatThrownBy(() -> ManifestParser.parse(missing))
        .isInstanceOf(ManifestException.class)
        .asInstanceOf(InstanceOfAssertFactories.type(ManifestException.class))
        .extracting(e -> e.problems().get(0).problem())
        .asString()
        .startsWith("cannot read the manifest (NoSuchFileException");
  }
}
