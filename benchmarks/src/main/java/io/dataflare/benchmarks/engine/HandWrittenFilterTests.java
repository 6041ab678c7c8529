package io.dataflare.benchmarks.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.runtime.PluginSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a Java author would write instead of spec files: one parameterized Jupiter test over the
 * corpus's cases, each making the engine's calls (a session on one pooled runtime, one batch) and
 * asserting the outputs. The manifest and case count come from system properties set by {@link
 * EngineRuns}.
 */
public class HandWrittenFilterTests {
  static final String MANIFEST = "dataflare.bench.manifest";
  static final String COUNT = "dataflare.bench.cases";

  private static @Nullable PluginRuntime runtime;
  private static @Nullable PluginHandle handle;

  @BeforeAll
  static void load() {
    runtime = PluginRuntime.builder().build();
    handle = runtime.load(Path.of(Objects.requireNonNull(System.getProperty(MANIFEST))));
  }

  @AfterAll
  static void close() {
    Objects.requireNonNull(runtime).close();
  }

  static Stream<SpecCorpus.Case> cases() {
    return SpecCorpus.cases(Integer.getInteger(COUNT, 1_000)).stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void keepsTheRecordThatContainsTheNeedle(SpecCorpus.Case c) {
    BatchResult result;
    try (PluginSession session = Objects.requireNonNull(handle).openSession()) {
      result =
          session.processBatch(
              List.of(PluginRecord.ofText(c.kept()), PluginRecord.ofText(c.dropped())));
    }
    assertThat(result.failure()).isEmpty();
    assertThat(result.records()).extracting(PluginRecord::valueAsString).containsExactly(c.kept());
  }
}
