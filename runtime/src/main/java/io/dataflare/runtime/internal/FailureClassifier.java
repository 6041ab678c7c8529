package io.dataflare.runtime.internal;

import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.PluginException;
import io.dataflare.runtime.PluginFailure;

/** Turns whatever a plugin call threw into a failure kind, record index and detail. */
public final class FailureClassifier {
  private FailureClassifier() {}

  /**
   * Classifies {@code error}: a {@link PluginCallException} keeps its kind and record index; {@code
   * OutOfMemoryError} is {@code MEMORY_LIMIT}; {@code StackOverflowError} is {@code TRAP} for WASM
   * and {@code PLUGIN_ERROR} for native code; anything else is {@code TRAP} for WASM and {@code
   * PLUGIN_ERROR} naming the exception for native code.
   *
   * @param recordIndex the record being processed when known, or -1
   */
  public static PluginCallException classify(Throwable error, boolean wasm, int recordIndex) {
    if (error instanceof PluginCallException call) {
      return call;
    }
    if (error instanceof PluginException plugin) {
      PluginFailure failure = plugin.failure();
      return new PluginCallException(
          failure.kind(), failure.recordIndex(), failure.detail(), plugin);
    }
    if (error instanceof OutOfMemoryError) {
      return new PluginCallException(
          FailureKind.MEMORY_LIMIT,
          recordIndex,
          "the plugin ran out of memory (" + describe(error) + ")",
          error);
    }
    if (error instanceof StackOverflowError) {
      return new PluginCallException(
          wasm ? FailureKind.TRAP : FailureKind.PLUGIN_ERROR,
          recordIndex,
          "call stack exhausted (java.lang.StackOverflowError): unbounded recursion in the plugin?",
          error);
    }
    return new PluginCallException(
        wasm ? FailureKind.TRAP : FailureKind.PLUGIN_ERROR,
        recordIndex,
        (wasm ? "the WASM code failed with " : "the plugin threw ") + describe(error),
        error);
  }

  /** "java.lang.IllegalStateException: message" (or just the class name). */
  static String describe(Throwable error) {
    String message = error.getMessage();
    return error.getClass().getName() + (message == null ? "" : ": " + message);
  }
}
