package io.dataflare.runtime.wasm;

/**
 * Parsed and compiled modules keyed by the SHA-256 of their bytes, shared by every handle of one
 * runtime. (Being built: issue 2.)
 */
public final class CompileCache {
  public CompileCache() {}

  /** Loads that found their module here. */
  public long hits() {
    return 0;
  }

  /** Loads that parsed and compiled their module. */
  public long misses() {
    return 0;
  }
}
