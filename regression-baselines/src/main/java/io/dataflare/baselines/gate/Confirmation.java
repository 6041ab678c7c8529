package io.dataflare.baselines.gate;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Whether a wall-clock regression was confirmed by a re-run of only that benchmark. Deterministic
 * verdicts need no confirmation.
 */
@API(status = STABLE, since = "0.1")
public enum Confirmation {
  /** No wall-clock regression to confirm. */
  NOT_NEEDED,
  /** A wall-clock regression waits for a confirmation re-run (it still fails if none follows). */
  PENDING,
  /** The re-run regressed too: the regression stands. */
  CONFIRMED,
  /** The re-run did not regress: the first run's result is treated as noise. */
  NOT_CONFIRMED
}
