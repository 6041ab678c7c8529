package io.dataflare.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MarkdownPageTests {
  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/page.md");
  private final MarkdownPage page = MarkdownPage.read(FIXTURE);

  @Test
  void findsEveryFencedBlockWithItsLineAndLanguage() {
    assertThat(page.blocks())
        .extracting(FencedBlock::line, FencedBlock::language)
        .containsExactly(tuple(5, "xml"), tuple(11, "sh"), tuple(18, "toml"));
  }

  @Test
  void attachesTheSnippetMarkerBeforeABlockAcrossBlankLines() {
    assertThat(page.blocks().get(0).source())
        .isEqualTo(new SnippetSource("docs/src/test/resources/fixtures/regions.xml", "inner"));
    assertThat(page.blocks().get(1).source()).isNull();
  }

  @Test
  void keepsTheBlocksTextForComparison() {
    assertThat(page.blocks().get(0).text())
        .isEqualTo("<dependency>\n  <artifactId>engine</artifactId>\n</dependency>\n");
  }

  @Test
  void reportsAMarkerNotFollowedByABlockAndABlockNeverClosed() {
    assertThat(page.problems())
        .containsExactly(
            FIXTURE
                + ":15: snippet marker [somewhere/else.toml] must come right before a code block",
            FIXTURE + ":18: the code block is never closed");
  }
}
