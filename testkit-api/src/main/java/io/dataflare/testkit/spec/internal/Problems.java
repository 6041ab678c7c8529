package io.dataflare.testkit.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.spec.SpecProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/** Collects the problems of one spec file, placing each on the line of its key. */
@API(status = INTERNAL, since = "0.1")
public final class Problems {
  private final Path file;
  private final TomlLineIndex lines;
  private final List<SpecProblem> found = new ArrayList<>();

  public Problems(Path file, TomlLineIndex lines) {
    this.file = file;
    this.lines = lines;
  }

  /** Adds a problem at the line of {@code path} (or of its nearest written parent). */
  public void add(String path, String message, String fix) {
    found.add(new SpecProblem(file, lines.lineOrParent(path), path, message, fix));
  }

  /** The line of {@code path} or its nearest written parent. */
  public int lineOf(String path) {
    return lines.lineOrParent(path);
  }

  public Path file() {
    return file;
  }

  public int count() {
    return found.size();
  }

  /** The problems in line order (stable for one line). */
  public List<SpecProblem> all() {
    List<SpecProblem> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(SpecProblem::line));
    return List.copyOf(sorted);
  }
}
