package io.dataflare.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceRegionsTests {
  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/regions.xml");
  private final SourceRegions regions = SourceRegions.read(FIXTURE);

  @Test
  void readsARegionWithoutItsMarkersAndCommonIndentation() {
    assertThat(regions.region("inner"))
        .isEqualTo("<dependency>\n  <artifactId>engine</artifactId>\n</dependency>\n");
  }

  @Test
  void leavesOutTheMarkersOfRegionsInside() {
    assertThat(regions.region("outer"))
        .doesNotContain("tag::", "end::")
        .startsWith("<dependencies>");
  }

  @Test
  void readsTheWholeFileWithoutAnyMarkers() {
    assertThat(regions.region(null)).startsWith("<project>\n  <dependencies>").doesNotContain("::");
  }

  @Test
  void namesTheMissingRegionAndHowToMarkIt() {
    assertThatThrownBy(() -> regions.region("cases"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "["
                + FIXTURE
                + "] has no region [cases]: mark it with lines holding tag::cases[] and"
                + " end::cases[]");
  }

  @Test
  void refusesARegionNeverClosed() {
    assertThatThrownBy(() -> regions.region("unclosed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must open region [unclosed] once and close it");
  }
}
