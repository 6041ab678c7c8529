package io.dataflare.conformance.hostile;

import static io.dataflare.conformance.fixtures.Batches.good;
import static io.dataflare.conformance.fixtures.Batches.values;
import static io.dataflare.conformance.hostile.HostileFailures.assertFailureAsExpected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dataflare.conformance.fixtures.Corpus;
import io.dataflare.conformance.fixtures.HostileCase;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginException;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each plugin the runtime must refuse (WASM and Java): loading it fails with the expected kind and
 * a message naming the plugin and the fix, and the same runtime goes on loading and serving other
 * plugins.
 */
class HostileLoadTests {

  static Stream<Arguments> refusedInBothModes() {
    return Stream.concat(Corpus.WASM_LOAD.stream(), Corpus.JAVA_LOAD.stream())
        .flatMap(c -> Stream.of(ExecutionMode.values()).map(mode -> Arguments.of(c, mode)));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("refusedInBothModes")
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // against a hang only
  void isRefusedAtLoadAndTheRuntimeServesTheNextPlugin(HostileCase hostile, ExecutionMode mode) {
    try (PluginRuntime runtime = PluginRuntime.builder().withExecutionMode(mode).build()) {
      assertRefusedAndServesTheNext(runtime, hostile);
    }
  }

  private static void assertRefusedAndServesTheNext(PluginRuntime runtime, HostileCase hostile) {
    PluginException refusal =
        catchThrowableOfType(PluginException.class, () -> runtime.load(hostile.manifest()));

    assertThat(refusal).as("%s must be refused", hostile).isNotNull();
    assertFailureAsExpected(refusal.failure(), hostile);
    assertThat(refusal).hasMessage(refusal.failure().message());
    PluginHandle next = runtime.load(Corpus.GOOD.resolve("keep-all/plugin.toml"));
    assertThat(values(next.processBatch(good("still", "serving"))))
        .containsExactly("still", "serving");
  }
}
