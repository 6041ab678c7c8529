package io.dataflare.baselines;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Executed WASM instructions per record, counted exactly in interpreter mode over a fixed seeded
 * input. The harness counts in several passes (normally two) to prove the count repeats.
 *
 * @param passes the count of each pass, at least one
 */
@API(status = STABLE, since = "0.1")
public record InstructionCount(List<Double> passes) {

  public InstructionCount {
    passes = List.copyOf(passes);
    if (passes.isEmpty()) {
      throw new IllegalArgumentException("An instruction count needs at least one pass");
    }
    for (double pass : passes) {
      if (!Double.isFinite(pass) || pass < 0) {
        throw new IllegalArgumentException(
            "Instructions per record must be finite and not negative but was [" + pass + "]");
      }
    }
  }

  /** A count from the given passes. */
  public static InstructionCount of(double... passes) {
    return new InstructionCount(java.util.Arrays.stream(passes).boxed().toList());
  }

  /** Instructions per record (the first pass). */
  public double perRecord() {
    return passes.get(0);
  }

  /** Whether every pass counted the same: exact counting must repeat on the same input. */
  public boolean repeatable() {
    return passes.stream().distinct().count() == 1;
  }
}
