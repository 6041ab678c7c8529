package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a spec was written: a file and a 1-based line (0 when the line is unknown).
 *
 * @param file the spec file
 * @param line 1-based line, or 0
 */
@API(status = STABLE, since = "0.1")
public record SourceLocation(Path file, int line) {
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException(
          "line must be 0 (unknown) or positive but was [" + line + "]");
    }
  }

  /** {@code file:line}, or just the file when the line is unknown. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file.toString();
  }
}
