package io.dataflare.testkit.spec;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem in a TOML spec file.
 *
 * @param file the spec file
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param key the dotted key, e.g. {@code case[2].expect.failure}; empty for a syntax error
 * @param message what is wrong, naming the value in brackets
 * @param fix what to do about it
 */
@API(status = STABLE, since = "0.1")
public record SpecProblem(Path file, int line, String key, String message, String fix) {
  public SpecProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
  }

  /** {@code file:line: [key] message (fix: ...)}. */
  @Override
  public String toString() {
    return file
        + (line > 0 ? ":" + line : "")
        + ": ["
        + key
        + "] "
        + message
        + " (fix: "
        + fix
        + ")";
  }
}
