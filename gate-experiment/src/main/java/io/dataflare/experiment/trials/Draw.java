package io.dataflare.experiment.trials;

import io.dataflare.experiment.pool.Round;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The rounds one trial uses: {@code first} for the A/B run, {@code rerun} (disjoint from it) for
 * the confirmation re-run.
 */
record Draw(List<Round> first, List<Round> rerun) {

  /**
   * {@code trials} draws of {@code 2 × forksPerSide} distinct rounds each, seeded: trials share
   * rounds with each other, never within themselves.
   */
  static List<Draw> resampled(List<Round> rounds, int forksPerSide, int trials, long seed) {
    requireEnough(rounds, forksPerSide);
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    List<Draw> draws = new ArrayList<>(trials);
    for (int t = 0; t < trials; t++) {
      List<Round> shuffled = new ArrayList<>(rounds);
      // Partial Fisher-Yates: the first 2k places get a uniform sample without replacement.
      for (int i = 0; i < 2 * forksPerSide; i++) {
        int j = i + random.nextInt(shuffled.size() - i);
        Round swap = shuffled.get(i);
        shuffled.set(i, shuffled.get(j));
        shuffled.set(j, swap);
      }
      draws.add(
          new Draw(
              inOrder(shuffled.subList(0, forksPerSide)),
              inOrder(shuffled.subList(forksPerSide, 2 * forksPerSide))));
    }
    return draws;
  }

  /**
   * The rounds cut into consecutive blocks of {@code forksPerSide}; trial {@code j} uses blocks
   * {@code 2j} and {@code 2j + 1}. No round serves two trials: these trials are independent.
   */
  static List<Draw> independent(List<Round> rounds, int forksPerSide) {
    requireEnough(rounds, forksPerSide);
    List<Draw> draws = new ArrayList<>();
    for (int start = 0; start + 2 * forksPerSide <= rounds.size(); start += 2 * forksPerSide) {
      draws.add(
          new Draw(
              rounds.subList(start, start + forksPerSide),
              rounds.subList(start + forksPerSide, start + 2 * forksPerSide)));
    }
    return draws;
  }

  private static void requireEnough(List<Round> rounds, int forksPerSide) {
    if (rounds.size() < 2 * forksPerSide) {
      throw new IllegalArgumentException(
          "A trial of "
              + forksPerSide
              + " forks per side needs "
              + 2 * forksPerSide
              + " rounds (run and confirmation re-run) but the pool has "
              + rounds.size()
              + " (fix: collect more rounds, or use fewer forks per side)");
    }
  }

  private static List<Round> inOrder(List<Round> rounds) {
    return rounds.stream().sorted(Comparator.comparingInt(Round::index)).toList();
  }
}
