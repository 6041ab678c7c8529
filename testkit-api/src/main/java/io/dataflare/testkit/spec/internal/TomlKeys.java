package io.dataflare.testkit.spec.internal;

import java.util.Map;

/** Maps the builders' field names to the spec file's keys, for problems a builder reports. */
final class TomlKeys {
  private static final Map<String, String> KEYS =
      Map.of(
          "timeout", "timeout_ms",
          "memoryLimitMb", "memory_limit_mb",
          "expectations", "expect",
          "dataSize", "data_size",
          "expectedThroughput", "expected_throughput",
          "maxLatency", "max_latency_ms");

  private TomlKeys() {}

  static String of(String builderField) {
    return KEYS.getOrDefault(builderField, builderField);
  }
}
