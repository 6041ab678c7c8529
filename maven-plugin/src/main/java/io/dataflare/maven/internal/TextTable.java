package io.dataflare.maven.internal;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns, for the build log. */
public final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row; it must have one cell per column. */
  public TextTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "a row needs [" + header.size() + "] cells but has [" + cells.length + "]");
    }
    rows.add(List.of(cells));
    return this;
  }

  /** The header, a rule and the rows, one string per line, without trailing spaces. */
  public List<String> lines() {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(line(header, widths));
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    lines.add(line(rule, widths));
    rows.forEach(row -> lines.add(line(row, widths)));
    return lines;
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      text.append(i == 0 ? "" : "  ").append(cells.get(i));
      text.append(" ".repeat(widths[i] - cells.get(i).length()));
    }
    return text.toString().stripTrailing();
  }
}
