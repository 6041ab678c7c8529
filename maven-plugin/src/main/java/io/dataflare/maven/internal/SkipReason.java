package io.dataflare.maven.internal;

import java.util.Optional;

/** Why a goal does not run, in the words its log line uses; empty when it runs. */
public final class SkipReason {
  /** The property that skips every goal of the plugin. */
  public static final String SKIP_ALL = "dataflare.skip";

  private SkipReason() {}

  /** The property that skips one goal: {@code dataflare.<goal>.skip}. */
  public static String goalProperty(String goal) {
    return "dataflare." + goal + ".skip";
  }

  /**
   * Why {@code dataflare:<goal>} skips, if it does.
   *
   * @param skipAll the value of {@value #SKIP_ALL}
   * @param skipGoal the value of {@code dataflare.<goal>.skip}
   */
  public static Optional<String> of(String goal, boolean skipAll, boolean skipGoal) {
    if (skipAll) {
      return Optional.of(message(goal, SKIP_ALL + " is true"));
    }
    if (skipGoal) {
      return Optional.of(message(goal, goalProperty(goal) + " is true"));
    }
    return Optional.empty();
  }

  /** The log line of a goal skipped for this reason. */
  public static String message(String goal, String because) {
    return "Skipping dataflare:" + goal + " because " + because;
  }
}
