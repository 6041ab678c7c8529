package io.dataflare.baselines.store;

import static io.dataflare.baselines.fixtures.Runs.DATE;
import static io.dataflare.baselines.fixtures.Runs.thisMachine;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.NoiseFloor;
import io.dataflare.baselines.fixtures.AtomicWriterProcess;
import io.dataflare.baselines.internal.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that keeps rewriting a baseline file (two real baselines of about a megabyte,
 * alternately) at random moments, and checks after every kill that the file holds one complete
 * version, never a part of one. The child only writes, so most kills land inside a write.
 */
class AtomicBaselineWriteTests {
  private static final int KILLS = 50;
  private static final String ID = "atomic/write";

  @TempDir Path temp;

  @Test
  void writerKilledAtRandomMomentsLeavesOldOrNewCompleteFile() throws Exception {
    Path[] sources = {written(0), written(1)};
    byte[][] versions = {Files.readAllBytes(sources[0]), Files.readAllBytes(sources[1])};
    BaselineStore store = BaselineStore.at(temp.resolve("baselines"));
    Path file = store.write(version(0));
    long seed = System.nanoTime();
    Random random = new Random(seed);
    int killedMidWrite = 0;

    for (int kill = 0; kill < KILLS; kill++) {
      Process writer = startWriter(file, sources);
      awaitReady(writer);
      Thread.sleep(random.nextInt(40));
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();

      byte[] content = Files.readAllBytes(file);
      assertThat(Arrays.equals(content, versions[0]) || Arrays.equals(content, versions[1]))
          .as(
              "kill %d (seed %d): one complete version, but the file has %d bytes",
              kill, seed, content.length)
          .isTrue();
      assertThat(store.read(ID)).isPresent();
      killedMidWrite += removeStrayTemporaryFiles(store.directory());
    }
    assertThat(store.readAll()).containsOnlyKeys(ID);
    System.out.printf(
        "%d kills (seed %d): %d left a temporary file, i.e. landed inside a write%n",
        KILLS, seed, killedMidWrite);
  }

  private static Baseline version(int which) {
    double offset = which == 0 ? 100 : 200;
    Measurement m =
        Measurement.builder(ID)
            .withPlugin("atomic", which == 0 ? "1.0.0" : "2.0.0")
            .withWallClock(
                "us/op", IntStream.range(0, 50_000).mapToObj(i -> offset + i * 1e-4).toList())
            .build();
    return new Baseline(m, DATE, NoiseFloor.DEFAULT, thisMachine());
  }

  private Path written(int which) {
    return BaselineStore.at(temp.resolve("version-" + which)).write(version(which));
  }

  private static Process startWriter(Path target, Path[] sources) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            AtomicWriterProcess.class.getName(),
            target.toString(),
            sources[0].toString(),
            sources[1].toString())
        .redirectErrorStream(true)
        .start();
  }

  private static void awaitReady(Process writer) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
    assertThat(out.readLine()).as("the writer's first line").isEqualTo("ready");
  }

  private static int removeStrayTemporaryFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> stray = files.filter(AtomicFiles::isTemporary).toList();
      for (Path f : stray) {
        Files.delete(f);
      }
      return stray.size();
    }
  }
}
