package io.dataflare.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Regions of a source file, marked in whatever comment syntax the file uses by a line holding
 * {@code tag::name[]} and a later line holding {@code end::name[]}. A region's text is the lines
 * between its markers, without any marker lines of other regions, with their common indentation
 * removed; the whole file is the region with no name.
 */
final class SourceRegions {
  private static final Pattern MARKER = Pattern.compile("\\b(tag|end)::([\\w-]+)\\[]");

  private final Path file;
  private final List<String> lines;

  private SourceRegions(Path file, List<String> lines) {
    this.file = file;
    this.lines = lines;
  }

  static SourceRegions read(Path file) {
    try {
      return new SourceRegions(file, Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snippet source [" + file + "]: " + e, e);
    }
  }

  /**
   * The text of region {@code name}, or of the whole file when {@code name} is {@code null}.
   *
   * @throws IllegalArgumentException when the file has no such region, or opens it twice or never
   *     closes it
   */
  String region(@Nullable String name) {
    List<String> kept = new ArrayList<>();
    int opened = 0;
    boolean inside = name == null;
    boolean closed = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher marker = MARKER.matcher(line);
      if (marker.find()) {
        if (marker.group(2).equals(name)) {
          boolean opening = marker.group(1).equals("tag");
          if (opening == inside) {
            throw new IllegalArgumentException(
                file + ":" + (i + 1) + ": [" + marker.group() + "] without a matching marker");
          }
          inside = opening;
          opened += opening ? 1 : 0;
          closed |= !opening;
        }
        continue;
      }
      if (inside) {
        kept.add(line);
      }
    }
    if (name != null && opened == 0) {
      throw new IllegalArgumentException(
          "["
              + file
              + "] has no region ["
              + name
              + "]: mark it with lines holding tag::"
              + name
              + "[] and end::"
              + name
              + "[]");
    }
    if (name != null && (opened > 1 || !closed || inside)) {
      throw new IllegalArgumentException(
          "[" + file + "] must open region [" + name + "] once and close it with end::" + name);
    }
    return Text.dedent(kept);
  }
}
