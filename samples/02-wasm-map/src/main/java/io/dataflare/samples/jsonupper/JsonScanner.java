package io.dataflare.samples.jsonupper;

import java.util.Arrays;

/**
 * The C plugin's tiny JSON scanner, in Java: it walks the top-level fields of an object to find
 * one string field, checking only the structure it walks. Not a JSON validator.
 */
final class JsonScanner {
  private final byte[] s;
  private int i;
  private String error;

  JsonScanner(byte[] bytes) {
    this.s = bytes;
  }

  /** Why the value could not be read, or null. */
  String error() {
    return error;
  }

  /** Where the scanner stopped. */
  int position() {
    return i;
  }

  /**
   * The [start, end) bytes between the quotes of the field's string value; null when the object
   * has no such string field, or (with {@link #error()} set) when the value cannot be read.
   */
  int[] findStringField(byte[] name) {
    skipSpace();
    if (i >= s.length || s[i] != '{') {
      return fail("value is not a JSON object");
    }
    i++;
    skipSpace();
    if (i < s.length && s[i] == '}') {
      return null;
    }
    while (true) {
      skipSpace();
      if (i >= s.length || s[i] != '"') {
        return fail("expected a field name");
      }
      int nameStart = i + 1;
      if (!skipString()) {
        return null;
      }
      int nameEnd = i - 1;
      skipSpace();
      if (i >= s.length || s[i] != ':') {
        return fail("expected ':' after a field name");
      }
      i++;
      skipSpace();
      boolean match = Arrays.equals(s, nameStart, nameEnd, name, 0, name.length);
      if (match && i < s.length && s[i] == '"') {
        int start = i + 1;
        return skipString() ? new int[] {start, i - 1} : null;
      }
      if (!skipValue()) {
        return null;
      }
      skipSpace();
      if (i < s.length && s[i] == ',') {
        i++;
        continue;
      }
      if (i < s.length && s[i] == '}') {
        return null;
      }
      return fail("expected ',' or '}' after a field");
    }
  }

  private int[] fail(String problem) {
    error = problem;
    return null;
  }

  private void skipSpace() {
    while (i < s.length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
      i++;
    }
  }

  private boolean skipString() {
    for (i++; i < s.length; i++) {
      if (s[i] == '\\') {
        i++;
      } else if (s[i] == '"') {
        i++;
        return true;
      }
    }
    error = "unterminated string";
    return false;
  }

  private boolean skipValue() {
    if (i >= s.length) {
      error = "missing value";
      return false;
    }
    if (s[i] == '"') {
      return skipString();
    }
    if (s[i] == '{' || s[i] == '[') {
      int depth = 0;
      while (i < s.length) {
        byte b = s[i];
        if (b == '"') {
          if (!skipString()) {
            return false;
          }
          continue;
        }
        if (b == '{' || b == '[') {
          depth++;
        }
        if ((b == '}' || b == ']') && --depth == 0) {
          i++;
          return true;
        }
        i++;
      }
      error = "unterminated object or array";
      return false;
    }
    int start = i;
    while (i < s.length && s[i] != ',' && s[i] != '}' && s[i] != ']') {
      i++;
    }
    if (i == start) {
      error = "missing value";
    }
    return i > start;
  }
}
