package io.dataflare.baselines;

import static io.dataflare.baselines.fixtures.Runs.machine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTests {
  @Test
  void sameMachineHasNoDifferences() {
    assertThat(machine("cpu").differences(machine("cpu"))).isEmpty();
  }

  @Test
  void differencesNameTheFields() {
    Map<String, Object> fields = new LinkedHashMap<>(machine("cpu").fields());
    fields.put("jvmVersion", "21.0.1");
    fields.put("gc", "ZGC");

    assertThat(machine("other").differences(new Fingerprint(fields)))
        .containsExactly("cpuModel", "jvmVersion", "gc");
  }

  @Test
  void unknownMachineMatchesNothing() {
    assertThat(Fingerprint.unknown().differences(Fingerprint.unknown()))
        .containsExactly("fingerprint");
  }

  @Test
  void numbersCompareByValueWhateverTheirJavaType() {
    Map<String, Object> asLong = new LinkedHashMap<>(machine("cpu").fields());
    asLong.put("cores", 2L);

    assertThat(machine("cpu").differences(new Fingerprint(asLong))).isEmpty();
  }
}
