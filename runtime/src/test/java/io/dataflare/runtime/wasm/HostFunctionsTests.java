package io.dataflare.runtime.wasm;

import static io.dataflare.runtime.wasm.WasmFixtures.callFailure;
import static io.dataflare.runtime.wasm.WasmFixtures.fixture;
import static io.dataflare.runtime.wasm.WasmFixtures.manifest;
import static io.dataflare.runtime.wasm.WasmFixtures.meter;
import static io.dataflare.runtime.wasm.WasmFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import io.dataflare.runtime.internal.PluginCallException;
import io.dataflare.runtime.internal.PluginInstance;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What the host links: {@code dataflare.log}, and WASI with nothing to reach. */
class HostFunctionsTests {
  private final List<String> logged = new CopyOnWriteArrayList<>();

  private PluginInstance load(PluginManifest manifest) {
    return WasmBackend.prepare(
            manifest,
            ExecutionMode.COMPILED,
            SecurityPolicy.defaults(),
            new CompileCache(),
            (level, message) -> logged.add(level + " " + message))
        .create();
  }

  private static PluginManifest.Builder logging() {
    return manifest(fixture("uses_log"), PluginType.FILTER)
        .permissions(new PluginManifest.Permissions(List.of("dataflare.log"), false));
  }

  @Test
  void logCallsReachThePluginLogWithTheirLevel() throws Exception {
    PluginInstance instance = load(logging().build());

    List<OutputRecord> kept = instance.call(texts("a", "b", "c"), meter());

    assertThat(kept).hasSize(3);
    assertThat(logged).containsExactly("1 kept 3");
  }

  @Test
  void logFromOutsideMemoryIsAnAbiViolation() {
    PluginInstance instance =
        load(logging().config(PluginConfig.of(Map.of("mode", "outside"))).build());

    PluginCallException failure = callFailure(instance, texts("a"));

    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    assertThat(failure.getMessage())
        .isEqualTo(
            "dataflare.log was called with ptr [131000] and len [1000], outside the linear memory"
                + " of [131072] bytes");
    assertThat(logged).isEmpty();
  }

  @Test
  void wasiRunsWithNoEnvironmentNoArgumentsAndNoPreopenedDirectory() throws Exception {
    PluginManifest manifest =
        manifest(fixture("uses_wasi"), PluginType.MAP)
            .permissions(new PluginManifest.Permissions(List.of(), true))
            .build();

    OutputRecord out = load(manifest).call(texts("x"), meter()).get(0);

    ByteBuffer answers = out.record().value().order(ByteOrder.LITTLE_ENDIAN);
    assertThat(answers.getInt()).as("environment variables").isZero();
    assertThat(answers.getInt()).as("arguments").isZero();
    assertThat(answers.getInt()).as("fd_prestat_get(3) errno").isEqualTo(8);
  }

  @Test
  void wasiStdoutGoesToThePluginLog() throws Exception {
    PluginManifest manifest =
        manifest(fixture("uses_wasi"), PluginType.MAP)
            .permissions(new PluginManifest.Permissions(List.of(), true))
            .build();

    load(manifest).call(texts("x"), meter());

    assertThat(logged).containsExactly("1 hello");
  }
}
