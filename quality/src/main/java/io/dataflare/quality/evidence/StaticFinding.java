package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One static-analysis finding: a SpotBugs bug in a Java plugin, or a module-contract or permission
 * problem of a WASM plugin.
 *
 * @param tool {@code SpotBugs} or {@code dataflare-wasm-contract}
 * @param ruleId the tool's rule, e.g. {@code NP_NULL_ON_SOME_PATH} or {@code
 *     contract/INVALID_MODULE}
 * @param category the tool's category, e.g. {@code CORRECTNESS}
 * @param rank SpotBugs' rank from 1 (scariest) to 20, or 0 when the tool does not rank
 * @param level how serious it is
 * @param message what is wrong, in one sentence, with the fix when the tool gives one
 * @param file the file, relative to the project's base directory with {@code /}, or null
 * @param line the 1-based line, or 0 when unknown
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StaticFinding(
    String tool,
    String ruleId,
    String category,
    int rank,
    Level level,
    String message,
    @Nullable String file,
    int line) {

  public StaticFinding {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
  }

  /** Where it is, e.g. {@code src/main/java/a/B.java:12}, or {@code (no location)}. */
  public String location() {
    if (file == null) {
      return "(no location)";
    }
    return line > 0 ? file + ":" + line : file;
  }

  /** SARIF's levels. */
  public enum Level {
    ERROR,
    WARNING,
    NOTE;

    /** The SARIF {@code level} value. */
    public String sarif() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
