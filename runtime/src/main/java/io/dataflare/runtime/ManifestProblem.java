package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One problem in a {@code plugin.toml}.
 *
 * @param file the manifest
 * @param line 1-based line, or 0 when the problem has no line (a missing key)
 * @param key the dotted key, e.g. {@code runtime.max_memory_mb}
 * @param problem what is wrong
 * @param fix what to do about it
 */
@API(status = STABLE, since = "0.1")
public record ManifestProblem(
    @Nullable Path file, int line, String key, String problem, String fix) {
  @Override
  public String toString() {
    return (file == null ? "<in code>" : file.toString())
        + (line > 0 ? ":" + line : "")
        + ": ["
        + key
        + "] "
        + problem
        + " (fix: "
        + fix
        + ")";
  }
}
