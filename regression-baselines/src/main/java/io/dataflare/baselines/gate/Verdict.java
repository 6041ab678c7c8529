package io.dataflare.baselines.gate;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The outcome for one benchmark, or for one of its metrics. */
@API(status = STABLE, since = "0.1")
public enum Verdict {
  /** No change beyond the rules' thresholds. */
  PASS,
  /** Better beyond the thresholds: consider updating the baseline to keep the gain. */
  IMPROVED,
  /** Worse beyond the thresholds: fails the build, unless it is only a warning. */
  REGRESSED,
  /** The data cannot decide (e.g. fewer than 5 forks on a side); does not fail the build. */
  INCONCLUSIVE,
  /** Nothing to compare with yet (no baseline, or the metric is new); does not fail the build. */
  NEW,
  /**
   * The measurement itself is wrong (a framework error, e.g. the same module and input executed a
   * different number of instructions); a build tool reports it as an error, not a regression.
   */
  ERROR
}
