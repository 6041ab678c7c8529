package io.dataflare.conformance.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.conformance.fixtures.KillTrials;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM rewriting a baseline (through the real store) and the three regression reports in a
 * loop is killed ({@code kill -9}) at random moments; after every kill each file holds the old or
 * the new complete version. The same harness with a naive in-place writer finds torn files, so it
 * can tell. {@link DurabilityExperiment} runs the same trials a thousand times and more.
 */
class KilledWriterTests {
  private static final int TRIALS = 50;
  private static final int CONTROL_TRIALS = 10;

  @TempDir Path atomic;
  @TempDir Path inPlace;

  @Test
  void writerKilledAtRandomMomentsLeavesEveryFileOldOrNewAndComplete() throws Exception {
    long seed = System.nanoTime();

    KillTrials.Summary summary = new KillTrials(atomic, "atomic").run(TRIALS, seed);

    System.out.println(summary);
    assertThat(summary.torn()).as(summary.toString()).isEmpty();
    assertThat(summary.intact()).isEqualTo(TRIALS);
    assertThat(summary.midWrite()).as("kills that landed inside a write").isPositive();
  }

  @Test
  void sameHarnessFindsTornFilesOfANaiveInPlaceWriter() throws Exception {
    long seed = System.nanoTime();

    KillTrials.Summary summary = new KillTrials(inPlace, "in-place").run(CONTROL_TRIALS, seed);

    System.out.println("control: " + summary);
    assertThat(summary.torn()).as(summary.toString()).isNotEmpty();
  }
}
