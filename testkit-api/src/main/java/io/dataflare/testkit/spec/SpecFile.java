package io.dataflare.testkit.spec;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.testkit.PluginTestSuite;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** A TOML spec file as read: its suite, or the problems that stopped it being one. */
@API(status = STABLE, since = "0.1")
public final class SpecFile {
  private final Path path;
  private final @Nullable PluginTestSuite suite;
  private final List<SpecProblem> problems;

  private SpecFile(Path path, @Nullable PluginTestSuite suite, List<SpecProblem> problems) {
    this.path = Objects.requireNonNull(path, "path");
    this.suite = suite;
    this.problems = List.copyOf(problems);
  }

  /** A file that reads cleanly. */
  public static SpecFile of(Path path, PluginTestSuite suite) {
    return new SpecFile(path, Objects.requireNonNull(suite, "suite"), List.of());
  }

  /** A file with problems, which yields no suite. */
  public static SpecFile withProblems(Path path, List<SpecProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a spec file with problems needs at least one problem");
    }
    return new SpecFile(path, null, problems);
  }

  /** The spec file. */
  public Path path() {
    return path;
  }

  /** The suite, present exactly when there are no problems. */
  public Optional<PluginTestSuite> suite() {
    return Optional.ofNullable(suite);
  }

  /** Every problem found, in file order; empty when the suite is present. */
  public List<SpecProblem> problems() {
    return problems;
  }

  @Override
  public String toString() {
    return "SpecFile[" + path + (suite != null ? "]" : ", " + problems.size() + " problems]");
  }
}
