package io.dataflare.experiment.trials;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.experiment.pool.ForkSample;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;

/** Which value of each fork the trials hand to the gate. */
@API(status = INTERNAL, since = "0.1")
public enum ForkValue {
  /**
   * The fork's mean call time: what the gate reads from JMH's JSON as the wall-clock value, so what
   * a build gates on (its fastest-forks rule gets each fork's median call as well).
   */
  MEAN("each fork's mean call time, as the gate reads it", ForkSample::wallClock),
  /**
   * The fork's mean call time without its median call: the gate's rank rule alone, as before the
   * fastest-forks rule (a diagnosis of what that rule adds).
   */
  RANK_ONLY(
      "each fork's mean call time, without the median calls: the rank rule alone",
      ForkSample::wallClock),
  /**
   * The fork's median call time: a diagnosis, not what the gate reads. It shows how much of the
   * noise is preemption by other processes (which moves a fork's mean, not its median).
   */
  MEDIAN(
      "each fork's median call time (a diagnosis: the gate reads the mean)",
      ForkSample::medianCall);

  private final String description;
  private final ToDoubleFunction<ForkSample> value;

  ForkValue(String description, ToDoubleFunction<ForkSample> value) {
    this.description = description;
    this.value = value;
  }

  /** What the value is, in words. */
  public String description() {
    return description;
  }

  /** Whether the gate also gets each fork's median call (for its fastest-forks rule). */
  boolean withMedianCalls() {
    return this != RANK_ONLY;
  }

  double of(ForkSample fork) {
    return value.applyAsDouble(fork);
  }

  ToDoubleFunction<ForkSample> function() {
    return value;
  }
}
