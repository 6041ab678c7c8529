package io.dataflare.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.runtime.PluginManifest;
import java.util.Locale;
import org.apiguardian.api.API;

/** How a plugin runs, which decides some of its checks (JaCoCo or executed functions...). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Backend {
  /** A native Java plugin ({@code [plugin] class}). */
  JAVA,
  /** A WebAssembly module ({@code [plugin] module}). */
  WASM;

  /** The backend a manifest names. */
  public static Backend of(PluginManifest manifest) {
    return manifest.plugin().isWasm() ? WASM : JAVA;
  }

  /** The id in {@code quality.json}: {@code java} or {@code wasm}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The backend with this id. */
  public static Backend fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
