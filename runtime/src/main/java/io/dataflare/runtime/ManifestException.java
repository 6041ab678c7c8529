package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** A {@code plugin.toml} is malformed. Lists every problem found, each with file, line and fix. */
@API(status = STABLE, since = "0.1")
public final class ManifestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ManifestProblem> problems;

  public ManifestException(List<ManifestProblem> problems) {
    super(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in plugin manifest:\n"
            + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<ManifestProblem> problems() {
    return problems;
  }
}
