package io.dataflare.runtime.wasm;

import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import io.dataflare.runtime.internal.InstanceFactory;

/** Prepares WASM plugins for the runtime core. (Being built: issue 2.) */
public final class WasmBackend {
  private WasmBackend() {}

  /**
   * Reads, validates (ABI version, exports, imports against manifest permissions and policy, memory
   * limits) and compiles (or takes from the cache) the manifest's module.
   *
   * @throws io.dataflare.runtime.PluginException INVALID_MODULE, POLICY_VIOLATION, ABI_VIOLATION or
   *     MEMORY_LIMIT, naming the plugin, the export or import, and the fix
   */
  public static InstanceFactory prepare(
      PluginManifest manifest, ExecutionMode mode, SecurityPolicy policy, CompileCache cache) {
    throw new UnsupportedOperationException("not built yet");
  }
}
