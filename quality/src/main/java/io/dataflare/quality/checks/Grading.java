package io.dataflare.quality.checks;

import java.util.ArrayList;
import java.util.List;

/** Proportional points and the counts behind "N more for the next point". */
final class Grading {
  private Grading() {}

  /** {@code maximum} times the share {@code part / whole}, rounded down; 0 for an empty whole. */
  static int share(int maximum, long part, long whole) {
    return whole <= 0 ? 0 : (int) (maximum * part / whole);
  }

  /** How many more parts earn the next point; 0 at full points. */
  static long moreForNextPoint(int maximum, long part, long whole) {
    int points = share(maximum, part, whole);
    if (points >= maximum) {
      return 0;
    }
    long needed =
        ((points + 1) * whole + maximum - 1) / maximum; // ceil((points + 1) * whole / max)
    return Math.max(1, needed - part);
  }

  /** {@code line 4} or {@code lines 3-5, 9}, with a leading space. */
  static String lines(List<Integer> lines) {
    return (lines.size() == 1 ? " line " : " lines ") + ranges(lines);
  }

  /** Line numbers as ranges: {@code 3-5, 9}. */
  static String ranges(List<Integer> lines) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int start = lines.get(i);
      int end = start;
      while (i + 1 < lines.size() && lines.get(i + 1) == end + 1) {
        end = lines.get(++i);
      }
      parts.add(start == end ? String.valueOf(start) : start + "-" + end);
      i++;
    }
    return String.join(", ", parts);
  }

  /** The first {@code max} items joined with {@code , }, and {@code , ...} when there are more. */
  static String firstFew(List<String> items, int max) {
    String shown = String.join(", ", items.subList(0, Math.min(max, items.size())));
    return items.size() > max ? shown + ", ..." : shown;
  }
}
