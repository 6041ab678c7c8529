package io.dataflare.testkit.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The line of every key, table and array element of a TOML document, by path ({@code
 * case[1].input[0].value_hex}).
 *
 * <p>Jackson's TOML parser builds a tree before it streams it, so its tokens carry no location;
 * this scanner walks the text once more for positions only. It assumes the text already parsed
 * (Jackson reports syntax errors), so it recovers from anything it does not understand instead of
 * failing.
 */
@API(status = INTERNAL, since = "0.1")
public final class TomlLineIndex {
  private final Map<String, Integer> lines = new HashMap<>();
  private final Map<String, Integer> arrayTableCounts = new HashMap<>();
  private final String text;
  private int pos;
  private int line = 1;

  private TomlLineIndex(String text) {
    this.text = text;
  }

  /** Indexes a TOML document. */
  public static TomlLineIndex of(String text) {
    TomlLineIndex index = new TomlLineIndex(text);
    index.scanDocument();
    return index;
  }

  /** The line where {@code path} is written, or 0. */
  public int line(String path) {
    return lines.getOrDefault(path, 0);
  }

  /** The line of {@code path}, or of its nearest written parent, or 0. */
  public int lineOrParent(String path) {
    String current = path;
    while (!current.isEmpty()) {
      Integer found = lines.get(current);
      if (found != null) {
        return found;
      }
      current = parent(current);
    }
    return 0;
  }

  /**
   * The path without its last segment ({@code a.b[2]} to {@code a.b}, {@code a.b} to {@code a}).
   */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  /** {@code base.key}, or {@code key} at the root. */
  public static String child(String base, String key) {
    return base.isEmpty() ? key : base + "." + key;
  }

  /** {@code base[index]}. */
  public static String element(String base, int index) {
    return base + "[" + index + "]";
  }

  private void scanDocument() {
    String table = "";
    while (skipBlank()) {
      if (peek() == '[') {
        boolean arrayTable = peekAt(1) == '[';
        pos += arrayTable ? 2 : 1;
        table = resolveHeader(keys(), arrayTable);
        skipToLineEnd();
      } else if (isKeyStart(peek())) {
        keyValue(table);
        skipToLineEnd();
      } else {
        skipToLineEnd();
      }
    }
  }

  private String resolveHeader(List<String> keys, boolean arrayTable) {
    String path = "";
    for (int i = 0; i < keys.size(); i++) {
      path = child(path, keys.get(i));
      boolean last = i == keys.size() - 1;
      if (last && arrayTable) {
        int count = arrayTableCounts.merge(path, 1, Integer::sum);
        path = element(path, count - 1);
      } else if (arrayTableCounts.containsKey(path)) {
        path = element(path, arrayTableCounts.get(path) - 1);
      }
    }
    lines.put(path, line);
    return path;
  }

  private void keyValue(String base) {
    String path = base;
    for (String key : keys()) {
      path = child(path, key);
      lines.putIfAbsent(path, line);
    }
    lines.put(path, line);
    skipSpaces();
    if (peek() == '=') {
      pos++;
      skipSpaces();
      value(path);
    }
  }

  private void value(String path) {
    char c = peek();
    if (c == '"' || c == '\'') {
      string();
    } else if (c == '[') {
      pos++;
      array(path);
    } else if (c == '{') {
      pos++;
      inlineTable(path);
    } else {
      while (pos < text.length() && ",]}#\n".indexOf(text.charAt(pos)) < 0) {
        pos++;
      }
    }
  }

  private void array(String path) {
    int index = 0;
    while (skipBlank()) {
      char c = peek();
      if (c == ']') {
        pos++;
        return;
      }
      if (c == ',') {
        pos++;
        continue;
      }
      String element = element(path, index++);
      lines.put(element, line);
      int before = pos;
      value(element);
      if (pos == before) {
        pos++;
      }
    }
  }

  private void inlineTable(String path) {
    while (skipBlank()) {
      char c = peek();
      if (c == '}') {
        pos++;
        return;
      }
      if (c == ',') {
        pos++;
      } else if (isKeyStart(c)) {
        keyValue(path);
      } else {
        pos++;
      }
    }
  }

  private List<String> keys() {
    List<String> keys = new ArrayList<>();
    while (true) {
      skipSpaces();
      char c = peek();
      if (c == '"' || c == '\'') {
        int start = pos + 1;
        string();
        keys.add(text.substring(start, Math.max(start, pos - 1)));
      } else {
        int start = pos;
        while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
          pos++;
        }
        keys.add(text.substring(start, pos));
      }
      skipSpaces();
      if (peek() != '.') {
        break;
      }
      pos++;
    }
    if (peek() == ']') {
      pos++;
      if (peek() == ']') {
        pos++;
      }
    }
    return keys;
  }

  /** Skips one string of any of TOML's four kinds, counting its newlines. */
  private void string() {
    char quote = peek();
    boolean multiLine = peekAt(1) == quote && peekAt(2) == quote;
    pos += multiLine ? 3 : 1;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
        if (!multiLine) {
          return;
        }
      }
      if (c == '\\' && quote == '"') {
        pos += 2;
        continue;
      }
      if (c == quote && (!multiLine || (peekAt(1) == quote && peekAt(2) == quote))) {
        pos += multiLine ? 3 : 1;
        while (multiLine && peek() == quote) {
          pos++;
        }
        return;
      }
      pos++;
    }
  }

  /** Skips spaces, comments and newlines; false at the end of the text. */
  private boolean skipBlank() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '#') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '\n') {
        line++;
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else {
        return true;
      }
    }
    return false;
  }

  private void skipSpaces() {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private void skipToLineEnd() {
    while (pos < text.length() && text.charAt(pos) != '\n') {
      pos++;
    }
  }

  private char peek() {
    return peekAt(0);
  }

  private char peekAt(int offset) {
    int at = pos + offset;
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private static boolean isKeyStart(char c) {
    return isBareKeyChar(c) || c == '"' || c == '\'';
  }

  private static boolean isBareKeyChar(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-';
  }
}
