package io.dataflare.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.bench.discovery.BenchmarkDiscovery;
import io.dataflare.bench.plan.BenchmarkPlan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The timed fork's execution mode comes from {@code -Ddataflare.bench.executionMode} among the fork
 * JVM arguments: the interpreter runs the guest far slower than compiled code, and a wrong name
 * fails the run with the names that work.
 */
class ForkExecutionModeTests {
  private static final Path OUTPUT = Path.of("target", "test-runs", "execution-mode");
  private static final String ID = "error-filter/filter-100B";

  private static BenchmarkPlan plan() {
    return BenchmarkDiscovery.builder()
        .specFile(Path.of("src/test/resources/wasm-filter/specs/filter.toml"))
        .build()
        .discover()
        .requirePlan();
  }

  private static HarnessResult run(String mode, String directory) {
    return BenchmarkHarness.builder()
        .mode(BenchmarkMode.SMOKE)
        .forks(1)
        .countInstructions(false)
        .jvmArgs("-Ddataflare.bench.executionMode=" + mode)
        .outputDirectory(OUTPUT.resolve(directory))
        .progress(line -> {})
        .build()
        .run(plan());
  }

  @Test
  void compiledCodeRunsTheGuestFarFasterThanTheInterpreter() {
    double compiled = run("COMPILED", "compiled").find(ID).orElseThrow().recordsPerSecond();
    double interpreted =
        run("interpreter", "interpreter").find(ID).orElseThrow().recordsPerSecond();

    assertThat(compiled).isGreaterThan(3 * interpreted);
  }

  @Test
  void anUnknownModeFailsTheRunNamingTheModesThatWork() {
    assertThatThrownBy(() -> run("JIT", "unknown"))
        .isInstanceOf(HarnessException.class)
        .hasMessageContaining("System property [dataflare.bench.executionMode] is [JIT]")
        .hasMessageContaining("use one of [COMPILED, INTERPRETER]");
  }
}
