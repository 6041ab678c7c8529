package io.dataflare.plugin;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Why a plugin call or a plugin load failed. Every failure the runtime reports carries one. */
@API(status = STABLE, since = "0.1")
public enum FailureKind {
  /** The call did not finish within its time limit; the instance was discarded. */
  TIMEOUT("raise [runtime] max_execution_time_ms or make the plugin finish sooner"),
  /** The plugin needed more memory than its limit allows; the instance was discarded. */
  MEMORY_LIMIT("raise [runtime] max_memory_mb or make the plugin allocate less"),
  /** The WASM code trapped (unreachable, division by zero, out-of-bounds access, stack). */
  TRAP("fix the plugin code at the trapping instruction; run in interpreter mode for a trace"),
  /** The guest broke the WASM ABI: a bad pointer, length, count or layout. */
  ABI_VIOLATION("check the plugin against docs/wasm-abi.md"),
  /**
   * The module imports something the security policy does not allow; or a native plugin's code
   * calls a method that would end the JVM ({@code System.exit}).
   */
  POLICY_VIOLATION(
      "remove the forbidden import or call, or declare the import under [permissions] and allow"
          + " it"),
  /**
   * The module is not valid WebAssembly or lacks a required export; or a native plugin class cannot
   * be loaded or does not match its manifest.
   */
  INVALID_MODULE(
      "rebuild the module for wasm32 and check its exports against docs/wasm-abi.md (for a Java"
          + " plugin: check its class against [plugin] in plugin.toml)"),
  /** The plugin itself reported an error, or (natively) threw an exception. */
  PLUGIN_ERROR("fix the plugin's handling of this record");

  private final String hint;

  FailureKind(String hint) {
    this.hint = hint;
  }

  /** One line telling the plugin author what to do next. */
  public String hint() {
    return hint;
  }
}
