package io.dataflare.runtime.wasm;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A WASI stdout or stderr that hands each line to the plugin log; long lines are split. */
final class LogOutputStream extends OutputStream {
  private static final int MAX_LINE_BYTES = 8192;

  private final PluginLog log;
  private final int level;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  LogOutputStream(PluginLog log, int level) {
    this.log = log;
    this.level = level;
  }

  @Override
  public void write(int b) {
    if (b == '\n') {
      flushLine();
      return;
    }
    line.write(b);
    if (line.size() >= MAX_LINE_BYTES) {
      flushLine();
    }
  }

  @Override
  public void flush() {
    if (line.size() > 0) {
      flushLine();
    }
  }

  @Override
  public void close() {
    flush();
  }

  private void flushLine() {
    log.log(level, line.toString(StandardCharsets.UTF_8));
    line.reset();
  }
}
