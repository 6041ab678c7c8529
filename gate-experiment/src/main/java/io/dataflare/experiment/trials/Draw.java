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
   * {@code trials} seeded draws of {@code 2 × forksPerSide} rounds each: distinct rounds when the
   * pool has enough ({@link #withoutReplacement}), otherwise with replacement, a projection to
   * larger trials than the pool holds. Trials share rounds with each other.
   */
  static List<Draw> resampled(List<Round> rounds, int forksPerSide, int trials, long seed) {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    boolean distinct = withoutReplacement(rounds, forksPerSide);
    List<Draw> draws = new ArrayList<>(trials);
    for (int t = 0; t < trials; t++) {
      List<Round> drawn =
          distinct
              ? distinct(rounds, 2 * forksPerSide, random)
              : repeated(rounds, 2 * forksPerSide, random);
      draws.add(
          new Draw(
              inOrder(drawn.subList(0, forksPerSide)),
              inOrder(drawn.subList(forksPerSide, 2 * forksPerSide))));
    }
    return draws;
  }

  /** Whether trials of this size can draw distinct rounds for both runs. */
  static boolean withoutReplacement(List<Round> rounds, int forksPerSide) {
    return rounds.size() >= 2 * forksPerSide;
  }

  // Partial Fisher-Yates: the first n places get a uniform sample without replacement.
  private static List<Round> distinct(List<Round> rounds, int n, UniformRandomProvider random) {
    List<Round> shuffled = new ArrayList<>(rounds);
    for (int i = 0; i < n; i++) {
      int j = i + random.nextInt(shuffled.size() - i);
      Round swap = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, swap);
    }
    return shuffled.subList(0, n);
  }

  private static List<Round> repeated(List<Round> rounds, int n, UniformRandomProvider random) {
    List<Round> drawn = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      drawn.add(rounds.get(random.nextInt(rounds.size())));
    }
    return drawn;
  }

  /**
   * The rounds cut into consecutive blocks of {@code forksPerSide}; trial {@code j} uses blocks
   * {@code 2j} and {@code 2j + 1}. No round serves two trials: these trials are independent.
   */
  static List<Draw> independent(List<Round> rounds, int forksPerSide) {
    List<Draw> draws = new ArrayList<>();
    for (int start = 0; start + 2 * forksPerSide <= rounds.size(); start += 2 * forksPerSide) {
      draws.add(
          new Draw(
              rounds.subList(start, start + forksPerSide),
              rounds.subList(start + forksPerSide, start + 2 * forksPerSide)));
    }
    return draws;
  }

  private static List<Round> inOrder(List<Round> rounds) {
    return rounds.stream().sorted(Comparator.comparingInt(Round::index)).toList();
  }
}
