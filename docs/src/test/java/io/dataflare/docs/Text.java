package io.dataflare.docs;

import java.util.List;

/** Text as the snippet check compares it: lines without their common indentation. */
final class Text {
  private Text() {}

  /**
   * The lines joined with {@code \n}, after removing the indentation they all share and the blank
   * lines at either end.
   */
  static String dedent(List<String> lines) {
    int first = 0;
    int last = lines.size();
    while (first < last && lines.get(first).isBlank()) {
      first++;
    }
    while (last > first && lines.get(last - 1).isBlank()) {
      last--;
    }
    List<String> body = lines.subList(first, last);
    int indent =
        body.stream().filter(line -> !line.isBlank()).mapToInt(Text::indentation).min().orElse(0);
    StringBuilder text = new StringBuilder();
    for (String line : body) {
      text.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private static int indentation(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
