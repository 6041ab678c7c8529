package io.dataflare.runtime.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a misspelt one was probably meant to be, for "did you mean" hints. */
public final class ClosestName {
  private ClosestName() {}

  /**
   * The candidate closest to {@code name} by edit distance, when it is close enough to be a typo
   * (at most a third of the name's length, and at least 2 edits allowed), or a candidate that
   * starts with or is contained in {@code name}.
   */
  public static Optional<String> among(String name, Collection<String> candidates) {
    String wanted = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int allowed = Math.max(2, wanted.length() / 3);
    String lowerBest = best.toLowerCase(Locale.ROOT);
    boolean prefix =
        wanted.length() >= 3 && (lowerBest.startsWith(wanted) || wanted.startsWith(lowerBest));
    return bestDistance <= allowed || prefix ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance, counting a swap of two neighbouring letters as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
