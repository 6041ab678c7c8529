package io.dataflare.runtime.wasm;

import static io.dataflare.runtime.wasm.WasmFixtures.callFailure;
import static io.dataflare.runtime.wasm.WasmFixtures.fixture;
import static io.dataflare.runtime.wasm.WasmFixtures.manifest;
import static io.dataflare.runtime.wasm.WasmFixtures.meter;
import static io.dataflare.runtime.wasm.WasmFixtures.prepare;
import static io.dataflare.runtime.wasm.WasmFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import io.dataflare.runtime.internal.PluginCallException;
import io.dataflare.runtime.internal.PluginInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An instance's memory limit is the smallest of the module's own maximum, {@code [runtime]
 * max_memory_mb} and the security policy's maximum.
 */
class MemoryLimitsTests {
  private static final long PAGE = 65_536;

  private static PluginInstance growUntilRefused(int maxMemoryMb, SecurityPolicy policy) {
    PluginManifest manifest =
        manifest(fixture("grow_until_refused"), PluginType.FILTER)
            .runtime(PluginManifest.Runtime.DEFAULT.withMaxMemoryMb(maxMemoryMb))
            .build();
    return WasmBackend.prepare(
            manifest, ExecutionMode.COMPILED, policy, new CompileCache(), WasmFixtures.SILENT)
        .create();
  }

  @Test
  void theModulesOwnMaximumHoldsWhenBelowTheLimit() throws Exception {
    PluginInstance instance = growUntilRefused(16, SecurityPolicy.defaults());

    instance.call(texts("a"), meter());

    assertThat(instance.memoryBytes()).isEqualTo(64 * PAGE);
  }

  @Test
  void theManifestLimitHoldsWhenBelowTheModulesMaximum() throws Exception {
    PluginInstance instance = growUntilRefused(1, SecurityPolicy.defaults());

    instance.call(texts("a"), meter());

    assertThat(instance.memoryBytes()).isEqualTo(16 * PAGE);
  }

  @Test
  void thePolicyLimitHoldsWhenBelowTheManifests() throws Exception {
    PluginInstance instance = growUntilRefused(16, SecurityPolicy.defaults().withMaxMemoryMb(2));

    instance.call(texts("a"), meter());

    assertThat(instance.memoryBytes()).isEqualTo(32 * PAGE);
  }

  @Test
  void aGrowLoopUnderASmallLimitIsAMemoryLimitNamingTheLimit() {
    PluginManifest manifest =
        manifest(fixture("misbehaving"), PluginType.FILTER)
            .runtime(PluginManifest.Runtime.DEFAULT.withMaxMemoryMb(2))
            .config(PluginConfig.of(Map.of("mode", "grow")))
            .build();

    PluginCallException failure = callFailure(prepare(manifest).create(), texts("a"));

    assertThat(failure.kind()).isEqualTo(FailureKind.MEMORY_LIMIT);
    assertThat(failure.getMessage())
        .endsWith(
            "with its memory grown to the limit of [32] pages (2 MiB), where memory.grow is"
                + " refused");
  }

  @Test
  void aBatchLargerThanTheLimitIsAMemoryLimitBeforeTheGuestRuns() {
    PluginManifest manifest =
        manifest(fixture("echo_map"), PluginType.MAP)
            .runtime(PluginManifest.Runtime.DEFAULT.withMaxMemoryMb(1))
            .build();
    PluginRecord big = PluginRecord.of(new byte[2 << 20]);

    PluginCallException failure = callFailure(prepare(manifest).create(), List.of(big));

    assertThat(failure.kind()).isEqualTo(FailureKind.MEMORY_LIMIT);
    assertThat(failure.getMessage())
        .isEqualTo(
            "a batch of [1] records needs [2097208] bytes of linear memory but the limit is"
                + " [1048576] bytes; send smaller batches ([runtime] batch_size)");
  }

  @Test
  void aBatchTheGuestCannotMakeRoomForIsAMemoryLimit() {
    PluginManifest manifest =
        manifest(fixture("echo_map"), PluginType.MAP)
            .runtime(PluginManifest.Runtime.DEFAULT.withMaxMemoryMb(1))
            .build();
    PluginRecord big = PluginRecord.of(new byte[1000 * 1024]);

    PluginCallException failure = callFailure(prepare(manifest).create(), List.of(big));

    assertThat(failure.kind()).isEqualTo(FailureKind.MEMORY_LIMIT);
    assertThat(failure.getMessage())
        .startsWith(
            "dataflare_alloc(1024056) returned [0]: the region does not fit in the memory's limit"
                + " of [16] pages (1 MiB)");
  }
}
