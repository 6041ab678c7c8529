package io.dataflare.testkit.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.runtime.internal.ClosestName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The keys each table of a spec file accepts, each with the example used in fixes. The one place
 * that lists them: unknown-key and wrong-type problems read it, and {@code docs/spec-files.md}
 * documents the same keys.
 */
@API(status = INTERNAL, since = "0.1")
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
  PROPERTIES(
      "[properties]",
      "contracts",
      "contracts = [\"deterministic\", \"batch\", \"pool_hygiene\", \"robust\"]",
      "differential",
      "differential = \"twin/plugin.toml\"",
      "legacy",
      "legacy = \"com.example.OldFilter\"",
      "tries",
      "tries = 200",
      "seed",
      "seed = 42",
      "robust_allows",
      "robust_allows = [\"TIMEOUT\"]"),
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
    return ClosestName.among(unknown, examples.keySet());
  }
}
