package io.dataflare.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.runtime.SecurityPolicy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PluginValidatorTests {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

  private final PluginValidator validator = new PluginValidator(SecurityPolicy.defaults());

  @Test
  void wasmPluginThatKeepsTheContractIsValid() {
    ValidationResult result = validator.validate(FIXTURES.resolve("valid-wasm/plugin.toml"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.parsed()).isPresent();
  }

  @Test
  void importTheRuntimeDoesNotProvideIsNamedWithTheModuleFile() {
    ValidationResult result = validator.validate(FIXTURES.resolve("imports-abort/plugin.toml"));

    assertThat(result.problems())
        .anySatisfy(
            p -> {
              assertThat(p.subject()).isEqualTo("env.abort");
              assertThat(p.file()).isEqualTo(FIXTURES.resolve("imports-abort/plugin/filter.wasm"));
              assertThat(p.problem()).startsWith("POLICY_VIOLATION").contains("[env.abort]");
              assertThat(p.fix()).isNotBlank();
            });
  }

  @Test
  void everyContractProblemIsListedNotOnlyTheFirst() {
    ValidationResult result = validator.validate(FIXTURES.resolve("imports-abort/plugin.toml"));

    assertThat(result.problems())
        .extracting(ValidationProblem::subject)
        .contains("dataflare_alloc", "env.abort");
  }

  @Test
  void manifestProblemsCarryLineAndKey() {
    Path manifest = FIXTURES.resolve("broken-manifest/plugin.toml");

    ValidationResult result = validator.validate(manifest);

    assertThat(result.parsed()).isEmpty();
    assertThat(result.problems())
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(8);
              assertThat(p.subject()).isEqualTo("runtime.max_memory_mb");
            })
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(9);
              assertThat(p.subject()).isEqualTo("runtime.max_execution_tme_ms");
            });
  }

  @Test
  void nativePluginIsValidatedAsFarAsItsManifestGoes() {
    ValidationResult result = validator.validate(FIXTURES.resolve("native/plugin.toml"));

    assertThat(result.valid()).isTrue();
    assertThat(result.describe(ProjectLayout.of(FIXTURES, FIXTURES.resolve("target"))))
        .isEqualTo(
            Path.of("native/plugin.toml")
                + ": native-fixture 2.0.0 (map, native class com.example.Upper)");
  }

  @Test
  void problemLineNamesFileLineSubjectAndFix() {
    ValidationProblem problem =
        new ValidationProblem(
            FIXTURES.resolve("plugin.toml"), 3, "plugin.type", "unknown type [x]", "use filter");

    assertThat(problem.describe(ProjectLayout.of(FIXTURES, FIXTURES.resolve("target"))))
        .isEqualTo("plugin.toml:3: [plugin.type] unknown type [x] (fix: use filter)");
  }
}
