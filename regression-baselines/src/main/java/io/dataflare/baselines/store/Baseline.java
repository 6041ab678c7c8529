package io.dataflare.baselines.store;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.baselines.Fingerprint;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.NoiseFloor;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The accepted performance of one benchmark: what a run of the accepted code measured, when, on
 * which machine, and how noisy that benchmark is there.
 *
 * @param measurement fork values, deterministic metrics, plugin, version and hashes
 * @param date when the baseline was recorded
 * @param noiseFloor the benchmark's noise floor on the recording machine
 * @param fingerprint the recording machine
 */
@API(status = STABLE, since = "0.1")
public record Baseline(
    Measurement measurement, Instant date, NoiseFloor noiseFloor, Fingerprint fingerprint) {

  /**
   * The schema version of baseline files this version writes (and the newest it reads): 2, which
   * added each fork's median call ({@code medianCalls}) to version 1.
   */
  public static final int SCHEMA_VERSION = 2;

  public Baseline {
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(noiseFloor, "noiseFloor");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  public String benchmarkId() {
    return measurement.benchmarkId();
  }
}
