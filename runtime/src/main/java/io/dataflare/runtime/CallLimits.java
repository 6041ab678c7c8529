package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Per-call limits and measurements.
 *
 * @param timeout wall-clock limit of one call; the call is interrupted at the deadline
 * @param instructionBudget executed-instruction limit (interpreter mode only), or 0 for none
 * @param countInstructions whether to count executed WASM instructions (interpreter mode only)
 */
@API(status = STABLE, since = "0.1")
public record CallLimits(Duration timeout, long instructionBudget, boolean countInstructions) {

  public CallLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive but was [" + timeout + "]");
    }
    if (instructionBudget < 0) {
      throw new IllegalArgumentException(
          "instructionBudget must be 0 (none) or positive but was [" + instructionBudget + "]");
    }
  }

  /** Only a timeout. */
  public static CallLimits timeout(Duration timeout) {
    return new CallLimits(timeout, 0, false);
  }

  public CallLimits withTimeout(Duration newTimeout) {
    return new CallLimits(newTimeout, instructionBudget, countInstructions);
  }

  public CallLimits withInstructionBudget(long budget) {
    return new CallLimits(timeout, budget, countInstructions);
  }

  public CallLimits withInstructionCounting(boolean count) {
    return new CallLimits(timeout, instructionBudget, count);
  }
}
