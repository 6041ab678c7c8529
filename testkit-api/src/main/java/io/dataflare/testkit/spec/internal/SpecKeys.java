package io.dataflare.testkit.spec.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys each table of a spec file accepts, each with the example used in fixes. The one place
 * that lists them: unknown-key and wrong-type problems read it, and {@code docs/spec-files.md}
 * documents the same keys.
 */
public enum SpecKeys {
  TOP_LEVEL(
      "the top level",
      "plugin",
      "plugin = \"../../../plugin.toml\"",
      "case",
      "[[case]]",
      "benchmark",
      "[[benchmark]]",
      "properties",
      "[properties]"),
  CASE(
      "[[case]]",
      "name",
      "name = \"keeps-info-lines\"",
      "input",
      "input = [ { value = \"hello\" } ]",
      "batches",
      "batches = [ [ { value = \"a\" } ], [ { value = \"b\" } ] ]",
      "timeout_ms",
      "timeout_ms = 1000",
      "memory_limit_mb",
      "memory_limit_mb = 16",
      "tags",
      "tags = [\"smoke\"]",
      "expect",
      "expect.count = 1"),
  EXPECT(
      "expect",
      "output",
      "expect.output = [ { value = \"HELLO\" } ]",
      "count",
      "expect.count = 2",
      "dropped",
      "expect.dropped = true",
      "contains",
      "expect.contains = \"ERROR\"",
      "matches",
      "expect.matches = '^\\d+$'",
      "json_contains",
      "expect.json_contains = { level = \"info\" }",
      "metadata",
      "expect.metadata = { source = \"web\" }",
      "batches",
      "expect.batches = [ { count = 1 }, { dropped = true } ]",
      "failure",
      "expect.failure = \"TIMEOUT\"",
      "message_contains",
      "expect.message_contains = \"division by zero\""),
  BATCH_EXPECT(
      "an expect.batches entry",
      "output",
      "{ output = [ { value = \"HELLO\" } ] }",
      "count",
      "{ count = 2 }",
      "dropped",
      "{ dropped = true }",
      "contains",
      "{ contains = \"ERROR\" }",
      "matches",
      "{ matches = '^\\d+$' }",
      "json_contains",
      "{ json_contains = { level = \"info\" } }",
      "metadata",
      "{ metadata = { source = \"web\" } }",
      "failure",
      "{ failure = \"TIMEOUT\" }",
      "message_contains",
      "{ failure = \"TRAP\", message_contains = \"unreachable\" }"),
  RECORD(
      "a record",
      "value",
      "{ value = \"hello\" }",
      "value_json",
      "{ value_json = { id = 1, tags = [\"a\"] } }",
      "value_hex",
      "{ value_hex = \"cafe01\" }",
      "value_base64",
      "{ value_base64 = \"aGVsbG8=\" }",
      "key",
      "{ value = \"v\", key = \"user-1\" }",
      "key_json",
      "{ value = \"v\", key_json = { id = 1 } }",
      "key_hex",
      "{ value = \"v\", key_hex = \"01ff\" }",
      "key_base64",
      "{ value = \"v\", key_base64 = \"AQ==\" }",
      "metadata",
      "{ value = \"v\", metadata = { source = \"web\" } }",
      "timestamp",
      "{ value = \"v\", timestamp = 1700000000000 }",
      "partition",
      "{ value = \"v\", partition = 3 }",
      "offset",
      "{ value = \"v\", offset = 42 }"),
  BENCHMARK(
      "[[benchmark]]",
      "name",
      "name = \"filter-1k\"",
      "data_size",
      "data_size = 1000",
      "iterations",
      "iterations = 10",
      "expected_throughput",
      "expected_throughput = 100000",
      "max_latency_ms",
      "max_latency_ms = 20",
      "input",
      "input = [ { value = \"hello\" } ]");

  private final String displayName;
  private final Map<String, String> examples = new LinkedHashMap<>();

  SpecKeys(String displayName, String... keysAndExamples) {
    this.displayName = displayName;
    for (int i = 0; i < keysAndExamples.length; i += 2) {
      examples.put(keysAndExamples[i], keysAndExamples[i + 1]);
    }
  }

  /** How messages name this table, e.g. {@code [[case]]}. */
  public String displayName() {
    return displayName;
  }

  public boolean knows(String key) {
    return examples.containsKey(key);
  }

  /** The example for a key, e.g. {@code timeout_ms = 1000}. */
  public String example(String key) {
    return examples.getOrDefault(key, key);
  }

  /** The keys, comma-separated, in documentation order. */
  public String keyList() {
    return String.join(", ", examples.keySet());
  }

  /** The known key closest to a misspelt one, when it is close enough to be a likely typo. */
  public Optional<String> closest(String unknown) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : examples.keySet()) {
      int distance = distance(unknown, known);
      if (distance < bestDistance) {
        best = known;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, unknown.length() / 3);
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Levenshtein distance, ignoring case. */
  static int distance(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
