package io.dataflare.baselines.gate;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.baselines.Fingerprint;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Whether the reference and the current run were measured on the same machine and JVM. When they
 * were not, wall-clock verdicts are warnings only; deterministic verdicts still gate.
 *
 * @param matches whether wall-clock numbers are comparable
 * @param differences the fingerprint fields that differ (empty when they match)
 * @param abRun whether both sides ran interleaved in one job (A/B mode): identical by construction
 */
@API(status = STABLE, since = "0.1")
public record FingerprintCheck(boolean matches, List<String> differences, boolean abRun) {

  public FingerprintCheck {
    differences = List.copyOf(differences);
  }

  /** Compares the reference's fingerprint with the current run's. */
  public static FingerprintCheck compare(Fingerprint reference, Fingerprint current) {
    List<String> differences = reference.differences(current);
    return new FingerprintCheck(differences.isEmpty(), differences, false);
  }

  /** No reference to compare with (a new benchmark). */
  public static FingerprintCheck noReference() {
    return new FingerprintCheck(false, List.of(), false);
  }

  /** A/B mode: both sides ran in one job on one machine. */
  public static FingerprintCheck sameJob() {
    return new FingerprintCheck(true, List.of(), true);
  }

  /** One phrase for reports. */
  public String describe() {
    if (abRun) {
      return "identical (A/B in one job)";
    }
    if (matches) {
      return "same machine";
    }
    if (differences.isEmpty()) {
      return "no reference";
    }
    return differences.equals(List.of("fingerprint"))
        ? "unknown on one side"
        : "differs in " + String.join(", ", differences);
  }
}
