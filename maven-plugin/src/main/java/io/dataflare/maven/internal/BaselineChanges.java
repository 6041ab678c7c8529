package io.dataflare.maven.internal;

import io.dataflare.baselines.DataFileException;
import io.dataflare.baselines.ForkValues;
import io.dataflare.baselines.InstructionCount;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.internal.Format;
import io.dataflare.baselines.store.Baseline;
import io.dataflare.baselines.store.BaselineStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What writing new baselines changes, one line per benchmark, for the update-baselines goal to
 * print before it writes.
 */
public final class BaselineChanges {
  private BaselineChanges() {}

  /**
   * One line per new baseline: new, replacing a broken file, or each metric's old and new value.
   */
  public static List<String> describe(BaselineStore store, List<Baseline> updated) {
    List<String> lines = new ArrayList<>();
    for (Baseline baseline : updated) {
      String id = baseline.benchmarkId();
      Optional<Baseline> old;
      try {
        old = store.read(id);
      } catch (DataFileException broken) {
        lines.add(
            id + ": replaces a broken baseline file (" + figures(baseline.measurement()) + ")");
        continue;
      }
      lines.add(
          old.isEmpty()
              ? id + ": new baseline (" + figures(baseline.measurement()) + ")"
              : id + ": " + changes(old.get().measurement(), baseline.measurement()));
    }
    return lines;
  }

  /**
   * The baseline files of benchmarks the new run did not measure: they stay as they are. Listed by
   * file name, so that a broken file (which the update may be meant to repair) is no obstacle.
   */
  public static List<String> untouched(BaselineStore store, List<Baseline> updated) {
    if (!Files.isDirectory(store.directory())) {
      return List.of();
    }
    List<String> written =
        updated.stream().map(b -> BaselineStore.fileNameFor(b.benchmarkId())).toList();
    try (Stream<Path> files = Files.list(store.directory())) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".json") && !written.contains(name))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list baselines in [" + store.directory() + "]", e);
    }
  }

  private static String figures(Measurement m) {
    List<String> parts = new ArrayList<>();
    parts.add(median(m.wallClock()));
    Optional.ofNullable(m.instructionsPerRecord())
        .ifPresent(i -> parts.add(Format.value(i.perRecord()) + " instructions/record"));
    Optional.ofNullable(m.allocationPerRecord()).ifPresent(a -> parts.add(median(a)));
    return String.join(", ", parts);
  }

  private static String changes(Measurement old, Measurement now) {
    List<String> parts = new ArrayList<>();
    parts.add("wall-clock " + change(old.wallClock(), now.wallClock(), ForkValues::median));
    String instructions =
        change(
            old.instructionsPerRecord(),
            now.instructionsPerRecord(),
            InstructionCount::perRecord,
            "instructions/record");
    if (instructions != null) {
      parts.add("instructions " + instructions);
    }
    String allocation =
        change(
            old.allocationPerRecord(),
            now.allocationPerRecord(),
            ForkValues::median,
            Measurement.ALLOCATION_UNIT);
    if (allocation != null) {
      parts.add("allocation " + allocation);
    }
    if (!old.pluginVersion().equals(now.pluginVersion())) {
      parts.add("plugin version " + old.pluginVersion() + " -> " + now.pluginVersion());
    }
    return "updated: " + String.join(", ", parts);
  }

  private static String change(ForkValues old, ForkValues now, Function<ForkValues, Double> f) {
    return change(old, now, f, now.unit());
  }

  private static <T> @Nullable String change(
      @Nullable T old, @Nullable T now, Function<T, Double> value, String unit) {
    if (old == null && now == null) {
      return null;
    }
    if (old == null) {
      return "now measured: " + Format.value(value.apply(now)) + " " + unit;
    }
    if (now == null) {
      return "no longer measured";
    }
    double before = value.apply(old);
    double after = value.apply(now);
    String percent =
        before == 0 ? (after == 0 ? "+0.0%" : "n/a") : Format.percent((after / before - 1) * 100);
    return Format.value(before) + " -> " + Format.value(after) + " " + unit + " (" + percent + ")";
  }

  private static String median(ForkValues values) {
    return Format.value(values.median()) + " " + values.unit();
  }
}
