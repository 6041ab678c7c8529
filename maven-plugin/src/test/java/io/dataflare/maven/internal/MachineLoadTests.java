package io.dataflare.maven.internal;

import static io.dataflare.maven.fixtures.Runs.baseline;
import static io.dataflare.maven.fixtures.Runs.measurement;
import static io.dataflare.maven.fixtures.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.baselines.MeasurementSet;
import io.dataflare.baselines.gate.GateResult;
import io.dataflare.baselines.gate.RegressionGate;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineLoadTests {
  private static final String ID = "error-filter/filter-1k";
  private static final MachineLoad BUSY = new MachineLoad(2, 8.94, 11.2, 40);
  private static final MachineLoad QUIET = new MachineLoad(2, 1.3, 1.9, 40);

  private static GateResult threeTimesSlower(MachineLoad load) {
    return RegressionGate.withDefaults()
        .check(
            Map.of(ID, baseline(measurement(ID, 100, 1000))),
            load.mark(run(measurement(ID, 300, 1000))));
  }

  @Test
  void moreRunnableWorkThanCoresIsBusy() {
    assertThat(BUSY.busy()).isTrue();
    assertThat(QUIET.busy()).isFalse();
    assertThat(new MachineLoad(2, -1, -1, 0).busy()).isFalse();
  }

  @Test
  void describesTheLoadAndTheCores() {
    assertThat(BUSY.describe()).isEqualTo("mean load 8.9 (max 11.2) on 2 cores");
  }

  @Test
  void wallClockRegressionOnABusyMachineIsOnlyAWarning() {
    GateResult result = threeTimesSlower(BUSY);

    assertThat(result.failures()).isEmpty();
    assertThat(result.warnings())
        .singleElement()
        .satisfies(v -> assertThat(v.fingerprint().differences()).contains(MachineLoad.FIELD));
  }

  @Test
  void wallClockRegressionOnAQuietMachineFails() {
    assertThat(threeTimesSlower(QUIET).failures()).hasSize(1);
  }

  @Test
  void instructionRegressionOnABusyMachineStillFails() {
    GateResult result =
        RegressionGate.withDefaults()
            .check(
                Map.of(ID, baseline(measurement(ID, 100, 1000))),
                BUSY.mark(run(measurement(ID, 100, 1500))));

    assertThat(result.failures()).hasSize(1);
  }

  @Test
  void quietRunKeepsItsFingerprint() {
    MeasurementSet run = run(measurement(ID, 100, 1000));

    assertThat(QUIET.mark(run)).isSameAs(run);
  }

  @Test
  void roundTripsThroughItsFile(@TempDir Path directory) {
    BUSY.write(directory);

    assertThat(MachineLoad.read(directory)).contains(BUSY);
  }

  @Test
  void noFileNoLoad(@TempDir Path directory) {
    assertThat(MachineLoad.read(directory)).isEmpty();
  }
}
