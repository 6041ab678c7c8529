package io.dataflare.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a snippet comes from, as a page names it in the comment before the block: {@code <!--
 * snippet: samples/01-wasm-filter/plugin.toml -->} for a whole file, or {@code <!-- snippet:
 * path#region -->} for one region, the path relative to the repository's root.
 */
record SnippetSource(String path, @Nullable String region) {
  private static final Pattern MARKER =
      Pattern.compile("^\\s*<!--\\s*snippet:\\s*([^#\\s]+)(?:#([\\w-]+))?\\s*-->\\s*$");

  /** The source a marker line names, or {@code null} when the line is no snippet marker. */
  static @Nullable SnippetSource parse(String line) {
    Matcher marker = MARKER.matcher(line);
    return marker.matches() ? new SnippetSource(marker.group(1), marker.group(2)) : null;
  }

  @Override
  public String toString() {
    return region == null ? path : path + "#" + region;
  }
}
