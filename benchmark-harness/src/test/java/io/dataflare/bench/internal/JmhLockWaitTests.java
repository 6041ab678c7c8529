package io.dataflare.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dataflare.bench.plan.PlannedBenchmark;
import io.dataflare.bench.plan.PluginLocator;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.Records;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

class JmhLockWaitTests {

  @Test
  void recognisesJmhsErrorWhenAnotherRunHoldsItsLock() throws Exception {
    Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
    try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
        FileLock lock = holdLock(file)) {
      Throwable error =
          catchThrowable(() -> new Runner(new OptionsBuilder().include("none^").build()).run());

      assertThat(JmhLockWait.isLockBusy(error)).as(String.valueOf(error)).isTrue();
    }
  }

  @Test
  void otherJmhErrorsAreNotALockWait() {
    assertThat(JmhLockWait.isLockBusy(new IllegalStateException("Another JMH instance"))).isFalse();
  }

  @Test
  void announcesTheWaitOnce() {
    List<String> progress = new ArrayList<>();
    JmhLockWait wait = new JmhLockWait(progress::add, Duration.ofMillis(1));
    PlannedBenchmark benchmark =
        PlannedBenchmark.builder(
                "p",
                PluginLocator.manifest(Path.of("plugin.toml")),
                PluginBenchmark.builder("b").withInput(Records.text("x")).build())
            .build();

    wait.pause(benchmark);
    wait.pause(benchmark);

    assertThat(progress)
        .singleElement()
        .asString()
        .startsWith("[dataflare] waiting for another JMH run to release its lock (");
  }

  /** Takes JMH's lock in this JVM, waiting while another process (another JMH run) has it. */
  private static FileLock holdLock(RandomAccessFile file) throws Exception {
    for (int attempt = 0; ; attempt++) {
      FileLock lock = file.getChannel().tryLock();
      if (lock != null || attempt > 600) {
        return lock;
      }
      Thread.sleep(1_000);
    }
  }
}
