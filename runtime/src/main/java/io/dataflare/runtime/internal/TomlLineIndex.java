package io.dataflare.runtime.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line on which each key and table of a TOML text is defined.
 *
 * <p>Jackson's TOML parser builds a tree and hands it out through a tree-traversing parser, so its
 * tokens carry no location; only syntax errors do. This index supplies the lines. It scans text
 * Jackson has already accepted, so it is lenient: it never throws, and on text it does not
 * understand it simply knows fewer lines.
 */
final class TomlLineIndex {
  private final String text;
  private final Map<String, Integer> lines = new HashMap<>();
  private int duplicateLine;
  private int pos;
  private int line = 1;

  private TomlLineIndex(String text) {
    this.text = text;
  }

  /** Indexes a TOML text. */
  static TomlLineIndex of(String text) {
    TomlLineIndex index = new TomlLineIndex(text);
    index.scan();
    return index;
  }

  /**
   * The line defining {@code dottedKey} (e.g. {@code runtime.batch_size}), or of its closest
   * defined parent (a table header), or 0 when neither appears in the text.
   */
  int lineOf(String dottedKey) {
    String key = dottedKey;
    while (true) {
      Integer found = lines.get(key);
      if (found != null) {
        return found;
      }
      int dot = key.lastIndexOf('.');
      if (dot < 0) {
        return 0;
      }
      key = key.substring(0, dot);
    }
  }

  /** The first line that defines a key or table a second time, or 0. */
  int firstDuplicateLine() {
    return duplicateLine;
  }

  private void scan() {
    List<String> table = List.of();
    while (pos < text.length()) {
      skipBlanks();
      if (pos >= text.length()) {
        return;
      }
      char c = text.charAt(pos);
      if (c == '\n') {
        newline();
      } else if (c == '#') {
        skipToEndOfLine();
      } else if (c == '[') {
        boolean arrayTable = pos + 1 < text.length() && text.charAt(pos + 1) == '[';
        pos += arrayTable ? 2 : 1;
        table = readKeyPath();
        define(String.join(".", table), !arrayTable);
        skipToEndOfLine();
      } else {
        int start = pos;
        List<String> key = readKeyPath();
        if (pos == start) {
          skipToEndOfLine(); // not a key: leave the line to Jackson's judgement
          continue;
        }
        List<String> full = new ArrayList<>(table);
        full.addAll(key);
        define(String.join(".", full), true);
        skipValue();
      }
    }
  }

  private void define(String key, boolean unique) {
    Integer previous = lines.putIfAbsent(key, line);
    if (previous != null && unique && duplicateLine == 0) {
      duplicateLine = line;
    }
  }

  private List<String> readKeyPath() {
    List<String> path = new ArrayList<>();
    while (pos < text.length()) {
      skipBlanks();
      if (pos >= text.length()) {
        break;
      }
      char c = text.charAt(pos);
      if (c == '"' || c == '\'') {
        path.add(readQuoted(c));
      } else {
        int start = pos;
        while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
          pos++;
        }
        if (pos == start) {
          break;
        }
        path.add(text.substring(start, pos));
      }
      skipBlanks();
      if (pos < text.length() && text.charAt(pos) == '.') {
        pos++;
      } else {
        break;
      }
    }
    return path;
  }

  private String readQuoted(char quote) {
    StringBuilder key = new StringBuilder();
    pos++;
    while (pos < text.length() && text.charAt(pos) != quote && text.charAt(pos) != '\n') {
      char c = text.charAt(pos);
      if (c == '\\' && quote == '"' && pos + 1 < text.length()) {
        pos++;
        c = text.charAt(pos);
      }
      key.append(c);
      pos++;
    }
    if (pos < text.length() && text.charAt(pos) == quote) {
      pos++;
    }
    return key.toString();
  }

  /** Skips a value: strings, nested arrays and inline tables, up to the end of its last line. */
  private void skipValue() {
    int depth = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '"' || c == '\'') {
        skipString(c);
      } else if (c == '#') {
        skipToEndOfLine();
      } else if (c == '\n') {
        if (depth <= 0) {
          return;
        }
        newline();
      } else {
        if (c == '[' || c == '{') {
          depth++;
        } else if (c == ']' || c == '}') {
          depth--;
        }
        pos++;
      }
    }
  }

  private void skipString(char quote) {
    boolean multiLine = text.startsWith(String.valueOf(quote).repeat(3), pos);
    pos += multiLine ? 3 : 1;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\' && quote == '"') {
        pos += 2;
        if (pos - 1 < text.length() && text.charAt(pos - 1) == '\n') {
          line++;
        }
      } else if (c == '\n') {
        if (!multiLine) {
          return;
        }
        newline();
      } else if (c == quote
          && (!multiLine || text.startsWith(String.valueOf(quote).repeat(3), pos))) {
        pos += multiLine ? 3 : 1;
        while (multiLine && pos < text.length() && text.charAt(pos) == quote) {
          pos++; // up to two quotes may end the content right before the closing delimiter
        }
        return;
      } else {
        pos++;
      }
    }
  }

  private void skipBlanks() {
    while (pos < text.length()
        && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t' || text.charAt(pos) == '\r')) {
      pos++;
    }
  }

  private void skipToEndOfLine() {
    while (pos < text.length() && text.charAt(pos) != '\n') {
      pos++;
    }
  }

  private void newline() {
    pos++;
    line++;
  }

  private static boolean isBareKeyChar(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-';
  }
}
