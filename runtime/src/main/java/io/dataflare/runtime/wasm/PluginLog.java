package io.dataflare.runtime.wasm;

import java.lang.System.Logger.Level;

/** Where a plugin's log lines go: {@code dataflare.log} calls and WASI stdout/stderr. */
@FunctionalInterface
interface PluginLog {

  /** Receives one message at an ABI level: 0 debug, 1 info, 2 warning, 3 error. */
  void log(int level, String message);

  /** The JDK's platform logger named {@code dataflare.plugin.<plugin name>}. */
  static PluginLog systemLogger(String pluginName) {
    System.Logger logger = System.getLogger("dataflare.plugin." + pluginName);
    return (level, message) -> logger.log(level(level), message);
  }

  private static Level level(int abiLevel) {
    return switch (abiLevel) {
      case 0 -> Level.DEBUG;
      case 2 -> Level.WARNING;
      case 3 -> Level.ERROR;
      default -> Level.INFO;
    };
  }
}
