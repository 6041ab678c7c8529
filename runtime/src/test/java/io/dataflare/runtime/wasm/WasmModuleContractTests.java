package io.dataflare.runtime.wasm;

import static io.dataflare.runtime.wasm.WasmFixtures.fixture;
import static io.dataflare.runtime.wasm.WasmFixtures.manifest;
import static io.dataflare.runtime.wasm.WasmFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module contract lists every problem of a module without running it, as the Maven {@code
 * validate} goal shows them.
 */
class WasmModuleContractTests {

  private static List<ContractProblem> check(Path module, PluginType type) throws Exception {
    return check(module, manifest(module, type).build(), SecurityPolicy.defaults());
  }

  private static List<ContractProblem> check(
      Path module, PluginManifest manifest, SecurityPolicy policy) throws Exception {
    return WasmModuleContract.check(Files.readAllBytes(module), manifest, policy);
  }

  @Test
  void theSamplesHaveNoProblem() throws Exception {
    assertThat(check(sample("01-wasm-filter", "filter.wasm"), PluginType.FILTER)).isEmpty();
    assertThat(check(sample("02-wasm-map", "json_map.wasm"), PluginType.MAP)).isEmpty();
    assertThat(check(sample("03-wasm-aggregate", "aggregate.wasm"), PluginType.AGGREGATE))
        .isEmpty();
  }

  @Test
  void listsEveryProblemOfAModuleInReadingOrder() throws Exception {
    List<ContractProblem> problems = check(fixture("missing_entry"), PluginType.AGGREGATE);

    assertThat(problems)
        .extracting(ContractProblem::kind, ContractProblem::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FailureKind.INVALID_MODULE, "dataflare_aggregate"),
            org.assertj.core.groups.Tuple.tuple(FailureKind.INVALID_MODULE, "dataflare_reset"));
  }

  @Test
  void namesTheImportAndItsFix() throws Exception {
    ContractProblem problem = check(fixture("imports_env"), PluginType.FILTER).get(0);

    assertThat(problem.subject()).isEqualTo("env.abort");
    assertThat(problem.kind()).isEqualTo(FailureKind.POLICY_VIOLATION);
    assertThat(problem.fix()).startsWith("remove the import");
  }

  @Test
  void reportsAConstantAbiVersionWithoutRunningTheModule() throws Exception {
    assertThat(check(fixture("abi_version_2"), PluginType.FILTER))
        .extracting(ContractProblem::subject)
        .containsExactly("dataflare_abi_version");
  }

  @Test
  void leavesAComputedAbiVersionToTheFirstInstance() throws Exception {
    assertThat(check(fixture("abi_version_computed_2"), PluginType.FILTER)).isEmpty();
  }

  @Test
  void reportsAnUnsupportedManifestApiVersion() throws Exception {
    Path module = sample("01-wasm-filter", "filter.wasm");
    PluginManifest base = manifest(module, PluginType.FILTER).build();
    PluginManifest manifest =
        new PluginManifest(
            null,
            base.plugin(),
            new PluginManifest.Dataflare("0.1.0", 2),
            base.build(),
            base.runtime(),
            base.test(),
            base.permissions(),
            base.config());

    assertThat(check(module, manifest, SecurityPolicy.defaults()))
        .singleElement()
        .satisfies(p -> assertThat(p.subject()).isEqualTo("[dataflare] api_version"));
  }

  @Test
  void reportsOneWasiProblemForManyWasiImports() throws Exception {
    assertThat(check(fixture("uses_wasi"), PluginType.MAP)).hasSize(1);
  }

  @Test
  void acceptsWasiWhenTheManifestAsksAndThePolicyAllows() throws Exception {
    Path module = fixture("uses_wasi");
    PluginManifest manifest =
        manifest(module, PluginType.MAP)
            .permissions(new PluginManifest.Permissions(List.of(), true))
            .build();

    assertThat(check(module, manifest, SecurityPolicy.defaults())).isEmpty();
  }

  @Test
  void refusesASharedMemory() throws Exception {
    List<ContractProblem> problems = check(fixture("shared_memory"), PluginType.FILTER);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).kind()).isEqualTo(FailureKind.INVALID_MODULE);
    assertThat(problems.get(0).subject()).isEqualTo("memory");
    assertThat(problems.get(0).problem()).contains("declares a shared memory");
    assertThat(problems.get(0).fix()).contains("without shared memory");
  }

  @Test
  void measuresTheMemoryLimitAsTheSmallerOfManifestAndPolicy() {
    PluginManifest manifest =
        manifest(fixture("echo_map"), PluginType.MAP)
            .runtime(PluginManifest.Runtime.DEFAULT.withMaxMemoryMb(8))
            .build();

    assertThat(WasmModuleContract.memoryLimitPages(manifest, SecurityPolicy.defaults()))
        .isEqualTo(128);
    assertThat(
            WasmModuleContract.memoryLimitPages(
                manifest, SecurityPolicy.defaults().withMaxMemoryMb(2)))
        .isEqualTo(32);
  }
}
