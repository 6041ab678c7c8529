package io.dataflare.experiment.pool;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What one forked JVM measured for one variant, as the harness wrote it and {@code JmhResultReader}
 * reduced it.
 *
 * @param wallClock the fork's value of JMH's primary metric (mean batch-call time): what the gate
 *     compares
 * @param medianCall the fork's median batch-call time (the median of its samples; pools collected
 *     before the gate read it hold JMH's 50th percentile of the one-fork run, the same value up to
 *     JMH's interpolation): what the gate's fastest-forks rule compares; unlike the mean it hardly
 *     moves when other processes preempt the fork now and then
 * @param allocationPerRecord allocated bytes per record in the fork, or null when not measured
 * @param instructionPasses the harness's exact instruction counts per record (one per pass) in the
 *     same harness run, or empty when not counted
 */
@API(status = INTERNAL, since = "0.1")
public record ForkSample(
    double wallClock,
    double medianCall,
    @Nullable Double allocationPerRecord,
    List<Double> instructionPasses) {
  public ForkSample {
    instructionPasses = List.copyOf(instructionPasses);
  }

  /** This fork with its call times (mean and median) multiplied by {@code factor}. */
  public ForkSample withCallTimesScaledBy(double factor) {
    return new ForkSample(
        wallClock * factor, medianCall * factor, allocationPerRecord, instructionPasses);
  }
}
