package io.dataflare.runtime.wasm;

import static io.dataflare.runtime.wasm.WasmFixtures.fixture;
import static io.dataflare.runtime.wasm.WasmFixtures.manifest;
import static io.dataflare.runtime.wasm.WasmFixtures.meter;
import static io.dataflare.runtime.wasm.WasmFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginException;
import io.dataflare.runtime.SecurityPolicy;
import io.dataflare.runtime.internal.PluginCallException;
import io.dataflare.runtime.internal.PluginInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Modules with random bytes changed either fail to load or fail to run with a named failure kind;
 * the host never throws anything else. The seed is fixed, so a failure replays.
 */
class CorruptModulesTests {
  private static final long SEED = 20_240_601L;
  private static final int MUTANTS = 300;

  @TempDir Path temp;

  @Test
  void mutatedModulesNeverMakeTheHostThrowAnythingButAPluginFailure() throws Exception {
    byte[] original = Files.readAllBytes(fixture("echo_map"));
    Random random = new Random(SEED);
    Set<FailureKind> seen = EnumSet.noneOf(FailureKind.class);
    for (int mutant = 0; mutant < MUTANTS; mutant++) {
      byte[] bytes = original.clone();
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        bytes[8 + random.nextInt(bytes.length - 8)] = (byte) random.nextInt(256);
      }
      Path module = Files.write(temp.resolve("mutant" + mutant + ".wasm"), bytes);
      try {
        PluginInstance instance =
            WasmBackend.prepare(
                    manifest(module, PluginType.MAP).build(),
                    mutant % 2 == 0 ? ExecutionMode.COMPILED : ExecutionMode.INTERPRETER,
                    SecurityPolicy.defaults(),
                    new CompileCache(),
                    WasmFixtures.SILENT)
                .create();
        instance.call(texts("a", "bc"), meter());
      } catch (PluginException e) {
        seen.add(e.kind());
      } catch (PluginCallException e) {
        seen.add(e.kind());
      } catch (Throwable e) {
        throw new AssertionError("mutant [" + mutant + "] of seed [" + SEED + "] threw " + e, e);
      }
    }
    assertThat(seen).contains(FailureKind.INVALID_MODULE);
  }
}
