package io.dataflare.runtime.internal;

import io.dataflare.runtime.ManifestException;
import io.dataflare.runtime.ManifestProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the problems of one manifest, each placed on its line, and throws them all at once. */
final class ManifestProblems {
  private final @Nullable Path file;
  private final TomlLineIndex lines;
  private final List<ManifestProblem> problems = new ArrayList<>();

  ManifestProblems(@Nullable Path file, TomlLineIndex lines) {
    this.file = file;
    this.lines = lines;
  }

  /** A problem with {@code key} (dotted), placed on the line that defines it or its table. */
  void add(String key, String problem, String fix) {
    addAt(lines.lineOf(key), key, problem, fix);
  }

  /** A problem on a known line. */
  void addAt(int line, String key, String problem, String fix) {
    problems.add(new ManifestProblem(file, line, key, problem, fix));
  }

  /** The line that defines {@code key} or its closest table, or 0. */
  int lineOf(String key) {
    return lines.lineOf(key);
  }

  /**
   * @throws ManifestException listing every problem in line order, when there is any
   */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      List<ManifestProblem> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparingInt(ManifestProblem::line));
      throw new ManifestException(sorted);
    }
  }
}
