package io.dataflare.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.bench.BenchmarkMode;
import io.dataflare.bench.MachineFingerprint;
import io.dataflare.bench.fixtures.Settings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FingerprintProbeTests {

  private static ForkInfo fork(String... flags) {
    return new ForkInfo("Debian", "17.0.15", List.of(flags), "G1 Young Generation", 1L << 30);
  }

  @Test
  void fixedPreTouchedHeapIsNamedSo() {
    assertThat(FingerprintProbe.heap(fork("-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch")))
        .isEqualTo("fixed 1g (-Xms = -Xmx), max 1073741824 bytes, pre-touched");
  }

  @Test
  void growableHeapWithoutPreTouchIsNamedSo() {
    assertThat(FingerprintProbe.heap(fork("-Xmx2g")))
        .isEqualTo("-Xms default -Xmx2g, max 1073741824 bytes, not pre-touched");
  }

  @Test
  void forkFlagsLeaveOutPerRunPaths() {
    assertThat(
            ForkInfo.stableFlags(
                List.of(
                    "-Xmx1g",
                    "-Ddataflare.bench.plan=/tmp/a/plan.json",
                    "-XX:CompileCommandFile=/tmp/jmh123")))
        .containsExactly("-Xmx1g");
  }

  @Test
  void fingerprintTakesJvmFactsFromTheForkAndMachineFactsFromHere() {
    HarnessSettings settings = Settings.of(BenchmarkMode.SMOKE, null);

    MachineFingerprint fingerprint =
        FingerprintProbe.probe(Optional.of(fork("-Xms1g", "-Xmx1g")), settings);

    assertThat(fingerprint.schema()).isEqualTo(1);
    assertThat(fingerprint.jvmVendor()).isEqualTo("Debian");
    assertThat(fingerprint.gc()).isEqualTo("G1 Young Generation");
    assertThat(fingerprint.jvmFlags()).containsExactly("-Xms1g", "-Xmx1g");
    assertThat(fingerprint.cpuModel()).isNotBlank();
    assertThat(fingerprint.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(fingerprint.memoryBytes()).isPositive();
    assertThat(fingerprint.kernel()).isEqualTo(System.getProperty("os.version"));
    assertThat(fingerprint.jmhVersion()).isEqualTo("1.37");
  }
}
