package io.dataflare.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import io.dataflare.runtime.fixtures.WasmModules;
import java.lang.ref.WeakReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A handle nobody references takes its instances with it in the same collection: nothing on the way
 * to its cleaner reaches them, so a runtime that loads again and again does not keep (and make the
 * collector copy) a generation of instances and their linear memories per collection.
 */
class DroppedHandleTests {
  private final RuntimeCore core =
      new RuntimeCore(ExecutionMode.COMPILED, SecurityPolicy.defaults(), 2);
  private final PluginManifest filter = ManifestParser.parse(WasmModules.sample("01-wasm-filter"));

  @AfterEach
  void close() {
    core.close();
  }

  /** Loads a handle, uses an instance of it and returns a weak reference to that instance. */
  private WeakReference<PluginInstance> instanceOfADroppedHandle() {
    PooledHandle handle = (PooledHandle) core.load(filter);
    PluginInstance instance = handle.pool().tryBorrow();
    handle.pool().giveBack(instance);
    return new WeakReference<>(instance);
  }

  @Test
  void aDroppedHandlesWasmInstanceIsCollectedInTheSameCollection() {
    WeakReference<PluginInstance> instance = instanceOfADroppedHandle();

    System.gc(); // one full collection: the cleaner has not run before it

    assertThat(instance.get()).as("the dropped handle's instance after one collection").isNull();
  }
}
