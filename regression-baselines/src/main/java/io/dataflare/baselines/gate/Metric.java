package io.dataflare.baselines.gate;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The metrics the gate judges. */
@API(status = STABLE, since = "0.1")
public enum Metric {
  /** JMH's primary metric (time of one batch call, or throughput): noisy, judged statistically. */
  WALL_CLOCK("wall-clock"),
  /** Executed WASM instructions per record: exact, judged exactly. */
  INSTRUCTIONS("instructions per record"),
  /** Allocated bytes per record: nearly exact, judged on every fork. */
  ALLOCATION("allocation per record");

  private final String label;

  Metric(String label) {
    this.label = label;
  }

  /** A short name for reports. */
  public String label() {
    return label;
  }
}
