package io.dataflare.quality.checks;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a check's evidence map in the order the values are put. */
final class Evidence {
  private final Map<String, Object> values = new LinkedHashMap<>();

  static Evidence of(String key, Object value) {
    return new Evidence().and(key, value);
  }

  Evidence and(String key, Object value) {
    values.put(key, value);
    return this;
  }

  Map<String, Object> map() {
    return values;
  }
}
