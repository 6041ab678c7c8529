package io.dataflare.benchmarks.twins;

import org.jspecify.annotations.Nullable;

/**
 * Sample 02's scanner, ported line by line from {@code samples/02-wasm-map/src/main/c/json_map.c}:
 * finds the string value of one top-level field of a JSON object and upper-cases its ASCII letters.
 */
public final class JsonUpper {
  private final byte[] field;
  private byte[] s = new byte[0];
  private int n;
  private int i;
  private String error = "";
  private int start;
  private int end;

  public JsonUpper(byte[] field) {
    this.field = field.clone();
  }

  /** Why the last value could not be read, when {@link #upper} threw. */
  public String error() {
    return error;
  }

  /**
   * The value with the field's string upper-cased, or {@code null} when the object has no such
   * string field (the value passes unchanged).
   *
   * @throws IllegalArgumentException when the value is not a JSON object the scanner can read
   */
  public byte @Nullable [] upper(byte[] value) {
    s = value;
    n = value.length;
    i = 0;
    int found = findField();
    if (found < 0) {
      throw new IllegalArgumentException(error + " at byte " + i);
    }
    if (found == 0) {
      return null;
    }
    byte[] copy = new byte[n];
    for (int k = 0; k < n; k++) {
      byte b = value[k];
      if (k >= start && k < end) {
        if (b == '\\') {
          copy[k] = b;
          k++;
          if (k < n) {
            copy[k] = value[k];
          }
          continue;
        }
        if (b >= 'a' && b <= 'z') {
          b = (byte) (b - 32);
        }
      }
      copy[k] = b;
    }
    return copy;
  }

  private void skipSpace() {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
      i++;
    }
  }

  private boolean skipString() {
    for (i++; i < n; i++) {
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
    if (i >= n) {
      error = "missing value";
      return false;
    }
    if (s[i] == '"') {
      return skipString();
    }
    if (s[i] == '{' || s[i] == '[') {
      int depth = 0;
      while (i < n) {
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
    int from = i;
    while (i < n && s[i] != ',' && s[i] != '}' && s[i] != ']') {
      i++;
    }
    if (i == from) {
      error = "missing value";
    }
    return i > from;
  }

  private int findField() {
    skipSpace();
    if (i >= n || s[i] != '{') {
      error = "value is not a JSON object";
      return -1;
    }
    i++;
    skipSpace();
    if (i < n && s[i] == '}') {
      return 0;
    }
    while (true) {
      skipSpace();
      if (i >= n || s[i] != '"') {
        error = "expected a field name";
        return -1;
      }
      int name = i + 1;
      if (!skipString()) {
        return -1;
      }
      int nameLength = i - 1 - name;
      skipSpace();
      if (i >= n || s[i] != ':') {
        error = "expected ':' after a field name";
        return -1;
      }
      i++;
      skipSpace();
      boolean match = nameLength == field.length && same(name);
      if (match && i < n && s[i] == '"') {
        start = i + 1;
        if (!skipString()) {
          return -1;
        }
        end = i - 1;
        return 1;
      }
      if (!skipValue()) {
        return -1;
      }
      skipSpace();
      if (i < n && s[i] == ',') {
        i++;
        continue;
      }
      if (i < n && s[i] == '}') {
        return 0;
      }
      error = "expected ',' or '}' after a field";
      return -1;
    }
  }

  private boolean same(int at) {
    for (int k = 0; k < field.length; k++) {
      if (s[at + k] != field[k]) {
        return false;
      }
    }
    return true;
  }
}
