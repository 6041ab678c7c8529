package io.dataflare.baselines.gate;

import io.dataflare.baselines.NoiseFloor;

/** The thresholds of one {@link RegressionGate}; see its builder for their meaning. */
record GateSettings(
    double alpha,
    int minimumForks,
    double minimumEffect,
    double noiseFloorMultiplier,
    double confidence,
    int resamples,
    long seed,
    double instructionTolerance,
    double allocationTolerance,
    double allocationToleranceBytes,
    double nothingAllocatedBytesPerCall,
    NoiseFloor defaultNoiseFloor) {

  /** {@code max(minimum effect, multiplier × noise floor)} as a fraction. */
  double minimumEffectFor(NoiseFloor noiseFloor) {
    return Math.max(minimumEffect, noiseFloorMultiplier * noiseFloor.relative());
  }
}
