package io.dataflare.runtime.perf;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import io.dataflare.runtime.fixtures.WasmModules;
import io.dataflare.runtime.internal.RuntimeCore;
import java.lang.ref.Reference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A long-lived runtime that loads plugins again and again keeps only the handles still in use, so
 * it does not run out of heap (a handle has no close of its own).
 */
@Timeout(60)
class HandleRetentionTests {
  private final RuntimeCore core =
      new RuntimeCore(ExecutionMode.COMPILED, SecurityPolicy.defaults(), 2);
  private final PluginManifest filter = ManifestParser.parse(WasmModules.sample("01-wasm-filter"));

  @AfterEach
  void close() {
    core.close();
  }

  /** Collects garbage until the runtime holds at most {@code expected} handles (a bounded wait). */
  private int handlesAfterGc(int expected) throws InterruptedException {
    for (int attempt = 0; attempt < 50 && core.handlesInUse() > expected; attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    return core.handlesInUse();
  }

  @Test
  void forgetsHandlesNobodyReferences() throws InterruptedException {
    for (int load = 0; load < 20; load++) {
      core.load(filter);
    }

    assertThat(handlesAfterGc(0)).isZero();
  }

  @Test
  void keepsTheHandlesStillInUse() throws InterruptedException {
    PluginHandle kept = core.load(filter);
    core.load(filter);

    assertThat(handlesAfterGc(1)).isEqualTo(1);
    Reference.reachabilityFence(kept);
  }
}
