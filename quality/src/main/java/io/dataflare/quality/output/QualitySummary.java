package io.dataflare.quality.output;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.Check;
import io.dataflare.quality.Gate;
import io.dataflare.quality.QualityResult;
import io.dataflare.quality.internal.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A plugin's quality in a few lines for a build log: the score, the three weakest checks with their
 * hints, and where the report is.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class QualitySummary {
  /** How many weak checks the summary names. */
  public static final int WEAKEST = 3;

  private QualitySummary() {}

  /**
   * The lines for one project.
   *
   * @param project what to call it, e.g. its artifact id
   * @param result its score, or null when it was not scored (no {@code quality.json})
   * @param report where its {@code report.html} is, as the reader should see it, or null
   */
  public static List<String> lines(
      String project, @Nullable QualityResult result, @Nullable String report) {
    List<String> lines = new ArrayList<>();
    if (result == null) {
      lines.add(project + ": no quality score (dataflare:quality did not run)");
    } else if (result.score().isPresent()) {
      lines.add(
          project
              + ": "
              + Numbers.decimal(result.score().getAsDouble())
              + " / 100 ("
              + result.points()
              + " of "
              + result.possible()
              + " points, rules v"
              + result.rulesVersion()
              + ")");
      List<Check> weakest = result.weakest(WEAKEST);
      for (Check check : weakest) {
        lines.add(
            "  " + check.id() + " " + check.points() + "/" + check.maximum() + ": " + check.hint());
      }
      if (weakest.isEmpty()) {
        lines.add("  every check that applies has full points");
      }
    } else {
      lines.add(project + ": not scored");
      for (Gate gate : result.failedGates()) {
        lines.add("  gate " + gate.id() + " failed: " + gate.reason());
      }
    }
    if (report != null) {
      lines.add("  report: " + report);
    }
    return lines;
  }
}
