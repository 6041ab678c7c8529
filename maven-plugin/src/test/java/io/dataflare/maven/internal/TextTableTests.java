package io.dataflare.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TextTableTests {

  @Test
  void columnsAreAsWideAsTheirWidestCell() {
    TextTable table = new TextTable("Benchmark", "Verdict").row("a/long-benchmark", "PASS");

    assertThat(table.lines())
        .containsExactly(
            "Benchmark         Verdict", "----------------  -------", "a/long-benchmark  PASS");
  }

  @Test
  void rowWithTheWrongNumberOfCellsIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new TextTable("a", "b").row("only one"))
        .withMessageContaining("[2]")
        .withMessageContaining("[1]");
  }
}
