package io.dataflare.quality.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.PluginType;
import io.dataflare.quality.fixtures.FixtureProjects;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WasmContractAnalysisTests {
  private static final Path WASM = FixtureProjects.resource("wasm");

  private static PluginManifest manifest(String module, PluginManifest.Permissions permissions) {
    return PluginManifest.builder("fixture", PluginType.FILTER)
        .module(WASM.resolve(module))
        .permissions(permissions)
        .build();
  }

  @Test
  void aModuleThatMeetsItsContractHasNoFindings() {
    Path project = FixtureProjects.resource("projects/bang-filter");

    WasmContract contract =
        WasmContractAnalysis.analyze(
            ManifestParser.parse(project.resolve("plugin.toml")),
            SecurityPolicy.defaults(),
            project);

    assertThat(contract.findings()).isEmpty();
    assertThat(contract.imports()).isEmpty();
  }

  @Test
  void anImportWithoutPermissionIsAPermissionFinding() {
    WasmContract contract =
        WasmContractAnalysis.analyze(
            manifest("logs_without_permission.wasm", PluginManifest.Permissions.NONE),
            SecurityPolicy.defaults(),
            WASM);

    assertThat(contract.imports()).containsExactly("dataflare.log");
    assertThat(contract.contractFindings()).isEmpty();
    assertThat(contract.permissionFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("contract/POLICY_VIOLATION");
              assertThat(f.message()).startsWith("[dataflare.log] module imports [dataflare.log]");
              assertThat(f.file()).isEqualTo("logs_without_permission.wasm");
            });
  }

  @Test
  void aPermissionTheModuleNeverUsesIsAnUnusedGrant() {
    WasmContract contract =
        WasmContractAnalysis.analyze(
            manifest(
                "../projects/bang-filter/plugin/bang_filter.wasm",
                new PluginManifest.Permissions(List.of("dataflare.log"), true)),
            SecurityPolicy.defaults().withWasiAllowed(true),
            WASM);

    assertThat(contract.unusedGrants()).containsExactly("dataflare.log", "wasi");
    assertThat(contract.permissionFindings())
        .extracting(StaticFinding::ruleId)
        .containsOnly("permissions/unused-grant");
  }

  @Test
  void bytesThatAreNotWebAssemblyAreAContractFinding() {
    WasmContract contract =
        WasmContractAnalysis.analyze(
            manifest("not_a_module.wasm", PluginManifest.Permissions.NONE),
            SecurityPolicy.defaults(),
            WASM);

    assertThat(contract.contractFindings())
        .singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo("contract/INVALID_MODULE"));
  }
}
