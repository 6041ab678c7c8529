package io.dataflare.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.bench.plan.BenchmarkPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkMainTests {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

  @TempDir Path work;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Path specs, String... options) {
    List<String> args = new ArrayList<>();
    args.add(specs.toString());
    args.add(work.resolve("test-classes").toString());
    args.add(work.resolve("plan.json").toString());
    args.add(work.resolve("out").toString());
    args.add("smoke");
    args.addAll(List.of(options));
    return BenchmarkMain.run(
        args.toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void projectWithoutBenchmarksWritesAnEmptyPlanAndRunsNothing() {
    int status = run(FIXTURES.resolve("valid-wasm/specs"));

    assertThat(status).isZero();
    assertThat(BenchmarkPlan.read(work.resolve("plan.json")).isEmpty()).isTrue();
    assertThat(BenchmarkMain.hasBenchmarks(work.resolve("plan.json"))).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("no benchmarks");
    assertThat(work.resolve("out/benchmarks.json")).doesNotExist();
  }

  @Test
  void unreadableSpecStopsTheRunNamingTheProblem() throws IOException {
    Path specs = Files.createDirectories(work.resolve("specs"));
    Files.writeString(
        specs.resolve("bad.toml"),
        "plugin = \""
            + FIXTURES.resolve("valid-wasm/plugin.toml")
            + "\"\n[[benchmark]]\nnmae = 1\n");

    int status = run(specs);

    assertThat(status).isEqualTo(BenchmarkMain.SPEC_PROBLEMS);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.toml").contains("nmae");
    assertThat(work.resolve("plan.json")).doesNotExist();
  }

  @Test
  void planOnlyWritesThePlanAndRunsNothing() throws IOException {
    Path specs = Files.createDirectories(work.resolve("specs"));
    Files.writeString(
        specs.resolve("filter.toml"),
        "plugin = \""
            + FIXTURES.resolve("valid-wasm/plugin.toml")
            + "\"\n[[benchmark]]\nname = \"b\"\ndata_size = 10\ninput = [ { value = \"a\" } ]\n");

    int status = run(specs, BenchmarkMain.PLAN_ONLY);

    assertThat(status).isZero();
    assertThat(BenchmarkPlan.read(work.resolve("plan.json")).size()).isEqualTo(1);
    assertThat(work.resolve("out/benchmarks.json")).doesNotExist();
  }

  @Test
  void missingArgumentsAreAUsageError() {
    int status =
        BenchmarkMain.run(
            new String[] {"only-one"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(BenchmarkMain.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: BenchmarkMain");
  }
}
