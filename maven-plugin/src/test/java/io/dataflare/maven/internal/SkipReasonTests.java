package io.dataflare.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkipReasonTests {

  @Test
  void skipAllNamesTheGlobalProperty() {
    assertThat(SkipReason.of("check", true, false))
        .contains("Skipping dataflare:check because dataflare.skip is true");
  }

  @Test
  void goalSkipNamesTheGoalsOwnProperty() {
    assertThat(SkipReason.of("benchmark", false, true))
        .contains("Skipping dataflare:benchmark because dataflare.benchmark.skip is true");
  }

  @Test
  void globalPropertyWinsWhenBothAreSet() {
    assertThat(SkipReason.of("validate", true, true)).get().asString().contains("dataflare.skip");
  }

  @Test
  void runsWhenNeitherIsSet() {
    assertThat(SkipReason.of("validate", false, false)).isEmpty();
  }
}
