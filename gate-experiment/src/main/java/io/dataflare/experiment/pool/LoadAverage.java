package io.dataflare.experiment.pool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, from {@code /proc/loadavg} (NaN where there is none). */
final class LoadAverage {
  private static final Path LOADAVG = Path.of("/proc/loadavg");

  private LoadAverage() {}

  static double oneMinute() {
    try {
      return Double.parseDouble(Files.readString(LOADAVG).trim().split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
