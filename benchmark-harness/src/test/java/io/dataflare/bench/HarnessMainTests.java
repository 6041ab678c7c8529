package io.dataflare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessMainTests {
  @TempDir Path directory;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return HarnessMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void missingArgumentsPrintUsageAndExitWithTwo() {
    assertThat(run("plan.json")).isEqualTo(2);
    assertThat(errors()).contains("a plan file and an output directory are required", "usage:");
  }

  @Test
  void unknownModeNamesTheValidModes() {
    assertThat(run("plan.json", "out", "quick")).isEqualTo(2);
    assertThat(errors())
        .contains("Unknown benchmark mode [quick] (fix: use one of [smoke, default, thorough])");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("plan.json", "out", "smoke", "--fork=3")).isEqualTo(2);
    assertThat(errors()).contains("unknown option [--fork=3]");
  }

  @Test
  void brokenPlanFileFailsWithOneNamingIt() throws IOException {
    Path plan = directory.resolve("plan.json");
    Files.writeString(plan, "{ not json");

    assertThat(run(plan.toString(), directory.resolve("out").toString(), "smoke")).isEqualTo(1);
    assertThat(errors()).contains("Cannot read benchmark plan [" + plan + "]");
  }

  @Test
  void emptyPlanWritesEmptyResultsAndAFingerprint() throws IOException {
    Path plan = directory.resolve("plan.json");
    Files.writeString(plan, "{\"schema\": 1, \"benchmarks\": []}");
    Path output = directory.resolve("out");

    assertThat(run(plan.toString(), output.toString(), "smoke", "--forks=5")).isEqualTo(0);
    assertThat(output.resolve("benchmarks.json")).content().isEqualToIgnoringWhitespace("[ ]");
    assertThat(output.resolve("fingerprint.json")).content().contains("\"jvmFlags\"");
  }

  @Test
  void iterationTimesReadMillisecondsSecondsAndIso8601() {
    assertThat(HarnessMain.duration("--iteration-time", "200ms")).isEqualTo(Duration.ofMillis(200));
    assertThat(HarnessMain.duration("--iteration-time", "2s")).isEqualTo(Duration.ofSeconds(2));
    assertThat(HarnessMain.duration("--iteration-time", "PT0.5S"))
        .isEqualTo(Duration.ofMillis(500));
  }
}
