package io.dataflare.testkit.properties.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.security.SecureRandom;
import org.apiguardian.api.API;

/** Seeds of runs and of their tries. */
@API(status = INTERNAL, since = "0.1")
public final class Seeds {
  private static final SecureRandom FRESH = new SecureRandom();

  private Seeds() {}

  /** A new seed for a run that was given none: positive, so it reads well in reports. */
  public static long fresh() {
    return FRESH.nextLong() & Long.MAX_VALUE;
  }

  /** The seed of one try: the run's seed and the try's index mixed (SplitMix64's finaliser). */
  static long forTry(long seed, int index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
