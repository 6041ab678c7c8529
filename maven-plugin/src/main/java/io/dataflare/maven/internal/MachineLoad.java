package io.dataflare.maven.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataflare.baselines.Fingerprint;
import io.dataflare.baselines.MeasurementSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How busy the machine was while the benchmarks ran: the system load average, sampled by the
 * benchmark goal. The machine fingerprint names the hardware and JVM, not what else was running: on
 * a machine whose cores were all taken by other work, wall-clock times say more about that work
 * than about the plugin. Such a run gets a fingerprint field of its own ({@value #FIELD}), so the
 * gate treats it as measured on another machine: its wall-clock verdicts are warnings, while
 * instruction counts and allocation still gate.
 *
 * @param cores the machine's processors
 * @param meanLoad the mean of the 1-minute load average over the run, or a negative number when the
 *     system does not report it
 * @param maxLoad the highest sample
 * @param samples how many samples were taken
 */
public record MachineLoad(int cores, double meanLoad, double maxLoad, int samples) {
  /** The file beside {@code benchmarks.json}. */
  public static final String FILE = "machine-load.json";

  /** The fingerprint field that marks a busy run. */
  public static final String FIELD = "busyMachine";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Whether the machine was oversubscribed: more runnable work, on average, than cores, so the
   * benchmark could not count on a core of its own.
   */
  public boolean busy() {
    return samples > 0 && meanLoad > cores;
  }

  /** E.g. {@code mean load 8.9 (max 11.2) on 2 cores}. */
  public String describe() {
    return samples == 0 || meanLoad < 0
        ? "load not reported by this system"
        : String.format(
            Locale.ROOT, "mean load %.1f (max %.1f) on %d cores", meanLoad, maxLoad, cores);
  }

  /** The run with {@value #FIELD} added to its fingerprint when the machine was busy. */
  public MeasurementSet mark(MeasurementSet run) {
    if (!busy()) {
      return run;
    }
    Map<String, Object> fields = new LinkedHashMap<>(run.fingerprint().fields());
    fields.put(FIELD, describe());
    return new MeasurementSet(run.measurements(), new Fingerprint(fields));
  }

  /** Writes this beside the benchmark results. */
  public void write(Path directory) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("cores", cores);
    fields.put("meanLoad", meanLoad);
    fields.put("maxLoad", maxLoad);
    fields.put("samples", samples);
    try {
      Files.createDirectories(directory);
      JSON.writerWithDefaultPrettyPrinter().writeValue(directory.resolve(FILE).toFile(), fields);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write [" + directory.resolve(FILE) + "]", e);
    }
  }

  /** What the benchmark goal recorded in a directory, if it did. */
  public static Optional<MachineLoad> read(Path directory) {
    Path file = directory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      return Optional.of(
          new MachineLoad(
              root.path("cores").asInt(1),
              root.path("meanLoad").asDouble(-1),
              root.path("maxLoad").asDouble(-1),
              root.path("samples").asInt(0)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read [" + file + "]", e);
    }
  }
}
