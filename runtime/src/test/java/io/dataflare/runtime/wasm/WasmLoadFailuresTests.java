package io.dataflare.runtime.wasm;

import static io.dataflare.runtime.wasm.WasmFixtures.fixture;
import static io.dataflare.runtime.wasm.WasmFixtures.loadFailure;
import static io.dataflare.runtime.wasm.WasmFixtures.manifest;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.PluginException;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a WASM plugin can fail to load, with the failure kind and message it gets. */
class WasmLoadFailuresTests {

  @TempDir Path temp;

  @Test
  void rejectsAModuleReturningAnotherAbiVersion() {
    PluginException failure = loadFailure(manifest("abi_version_2", PluginType.FILTER));

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_MODULE);
    assertThat(failure.failure().detail())
        .startsWith(
            "module's [dataflare_abi_version] returns [2] but this runtime supports ABI version"
                + " [1]");
  }

  @Test
  void rejectsAModuleWhoseComputedAbiVersionIsWrongWhenItFirstRuns() {
    PluginException failure = loadFailure(manifest("abi_version_computed_2", PluginType.FILTER));

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_MODULE);
    assertThat(failure.failure().detail()).contains("returns [2]", "ABI version [1]");
  }

  @Test
  void rejectsAModuleWithoutTheEntryPointOfItsType() {
    PluginException failure = loadFailure(manifest("missing_entry", PluginType.FLAT_MAP));

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_MODULE);
    assertThat(failure.failure().detail())
        .startsWith("module does not export [dataflare_flat_map] but ABI 1 requires it")
        .contains("(i32, i32) -> i64");
  }

  @Test
  void rejectsAnEntryPointWithTheWrongSignature() {
    PluginException failure = loadFailure(manifest("wrong_signature", PluginType.FILTER));

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_MODULE);
    assertThat(failure.failure().detail())
        .startsWith(
            "module exports [dataflare_filter] with signature (i32) -> i64 but ABI 1 requires"
                + " (i32, i32) -> i64");
  }

  @Test
  void rejectsAnAggregateWithoutReset() {
    PluginException failure =
        loadFailure(manifest("aggregate_without_reset", PluginType.AGGREGATE));

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_MODULE);
    assertThat(failure.failure().detail()).startsWith("module does not export [dataflare_reset]");
  }

  @Test
  void rejectsAnImportTheRuntimeDoesNotProvideNamingIt() {
    PluginException failure = loadFailure(manifest("imports_env", PluginType.FILTER));

    assertThat(failure.kind()).isEqualTo(FailureKind.POLICY_VIOLATION);
    assertThat(failure.failure().detail())
        .startsWith("module imports function [env.abort], which this runtime does not provide");
  }

  @Test
  void rejectsAnImportedMemory() {
    PluginException failure = loadFailure(manifest("imports_memory", PluginType.FILTER));

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_MODULE);
    assertThat(failure.failure().detail()).startsWith("module imports its memory [env.memory]");
  }

  @Test
  void rejectsWasiImportsWithoutThePermission() {
    PluginException failure = loadFailure(manifest("uses_wasi", PluginType.MAP));

    assertThat(failure.kind()).isEqualTo(FailureKind.POLICY_VIOLATION);
    assertThat(failure.failure().detail())
        .startsWith(
            "module imports WASI function [wasi_snapshot_preview1.environ_sizes_get] but"
                + " plugin.toml does not ask for WASI");
  }

  @Test
  void rejectsWasiImportsThePolicyForbidsEvenWithThePermission() {
    PluginManifest manifest =
        manifest(fixture("uses_wasi"), PluginType.MAP)
            .permissions(new PluginManifest.Permissions(List.of(), true))
            .build();

    PluginException failure =
        loadFailure(manifest, SecurityPolicy.defaults().withWasiAllowed(false));

    assertThat(failure.kind()).isEqualTo(FailureKind.POLICY_VIOLATION);
    assertThat(failure.failure().detail()).contains("the security policy forbids WASI");
  }

  @Test
  void rejectsTheLogImportWhenTheManifestDoesNotAskForIt() {
    PluginException failure = loadFailure(manifest("uses_log", PluginType.FILTER));

    assertThat(failure.kind()).isEqualTo(FailureKind.POLICY_VIOLATION);
    assertThat(failure.failure().detail())
        .startsWith("module imports [dataflare.log] but plugin.toml does not ask for it");
  }

  @Test
  void rejectsTheLogImportWhenThePolicyDoesNotAllowIt() {
    PluginManifest manifest =
        manifest(fixture("uses_log"), PluginType.FILTER)
            .permissions(new PluginManifest.Permissions(List.of("dataflare.log"), false))
            .build();

    PluginException failure = loadFailure(manifest, SecurityPolicy.strict());

    assertThat(failure.kind()).isEqualTo(FailureKind.POLICY_VIOLATION);
    assertThat(failure.failure().detail())
        .startsWith(
            "module imports [dataflare.log] but the runtime's security policy does not allow it");
  }

  @Test
  void rejectsAFileThatIsNotWebAssembly() throws Exception {
    Path text = Files.writeString(temp.resolve("notes.wasm"), "just some text");

    PluginException failure = loadFailure(manifest(text, PluginType.FILTER).build());

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_MODULE);
    assertThat(failure.failure().detail())
        .startsWith(
            "module is not WebAssembly: it starts with [6a 75 73 74] instead of the magic bytes"
                + " [00 61 73 6d]");
  }

  @Test
  void rejectsATruncatedModule() throws Exception {
    byte[] whole = Files.readAllBytes(fixture("misbehaving"));
    Path truncated =
        Files.write(temp.resolve("truncated.wasm"), Arrays.copyOf(whole, whole.length / 2));

    PluginException failure = loadFailure(manifest(truncated, PluginType.FILTER).build());

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_MODULE);
    assertThat(failure.failure().detail())
        .startsWith("module is not valid WebAssembly (truncated or corrupt?)");
  }

  @Test
  void rejectsAMissingModuleFileNamingIt() {
    Path missing = temp.resolve("nowhere.wasm");

    PluginException failure = loadFailure(manifest(missing, PluginType.FILTER).build());

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_MODULE);
    assertThat(failure.failure().detail())
        .startsWith("module file [" + missing + "] does not exist");
  }

  @Test
  void rejectsAnInitialMemoryAboveTheLimitWithMemoryLimit() {
    PluginException failure = loadFailure(manifest("big_initial_memory", PluginType.FILTER));

    assertThat(failure.kind()).isEqualTo(FailureKind.MEMORY_LIMIT);
    assertThat(failure.failure().detail())
        .startsWith(
            "module declares an initial memory of [2000] pages (125 MiB) but the limit is [1024]"
                + " pages (64 MiB");
  }

  @Test
  void reportsAFailingInitAsPluginErrorNamingItsCode() {
    PluginException failure = loadFailure(manifest("init_fails", PluginType.FILTER));

    assertThat(failure.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(failure.failure().detail())
        .isEqualTo("dataflare_init returned [7] (0 means success)");
    assertThat(failure.failure().pluginName()).isEqualTo("init_fails");
  }

  @Test
  void stopsAnInitThatNeverReturnsAtTheTimeLimit() {
    PluginManifest manifest =
        manifest(fixture("init_loops"), PluginType.FILTER)
            .runtime(PluginManifest.Runtime.DEFAULT.withMaxExecutionTimeMs(50))
            .build();

    PluginException failure = loadFailure(manifest);

    assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(failure.failure().detail())
        .isEqualTo(
            "creating an instance (start function, dataflare_abi_version, dataflare_init) did"
                + " not finish within [runtime] max_execution_time_ms [50]");
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void reportsAStartFunctionTrapAsATrap() {
    PluginException failure = loadFailure(manifest("start_traps", PluginType.FILTER));

    assertThat(failure.kind()).isEqualTo(FailureKind.TRAP);
    assertThat(failure.failure().detail()).contains("unreachable");
  }

  @Test
  void leavesNoInterruptBehindAfterALoadWithinTheTimeLimit() {
    WasmFixtures.prepare(manifest("misbehaving", PluginType.FILTER)).create();

    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void namesThePluginInTheMessage() {
    PluginException failure = loadFailure(manifest("imports_env", PluginType.FILTER));

    assertThat(failure.getMessage()).startsWith("POLICY_VIOLATION in plugin [imports_env]");
  }
}
