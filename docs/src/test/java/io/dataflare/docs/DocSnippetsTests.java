package io.dataflare.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The documentation cannot drift: every snippet marked in {@code docs/*.md} equals the region of
 * the file it names, and that file is one the build compiles or runs. On the pages listed in {@link
 * #CHECKED_PAGES} every code block is such a snippet, except shell commands and output.
 */
class DocSnippetsTests {
  /** This module's directory: the pages are here. */
  static final Path DOCS = Path.of("").toAbsolutePath();

  static final Path ROOT = DOCS.getParent();

  /** Pages whose every code block must be a marked snippet. */
  static final List<String> CHECKED_PAGES =
      List.of(
          "README.md",
          "getting-started.md",
          "writing-specs.md",
          "benchmarks-and-the-gate.md",
          "limits-and-permissions.md",
          "plugin-performance.md",
          "maven-goals.md");

  /** Blocks that are commands or output rather than code, and need no source. */
  static final Set<String> COMMAND_AND_OUTPUT_LANGUAGES = Set.of("sh", "text");

  /** Where snippets may come from: folders whose files the build compiles, generates or runs. */
  static final List<String> BUILT_FOLDERS =
      List.of(
          // generated and built with `mvn verify` by the archetype's integration tests
          "archetype/src/main/resources/archetype-resources/",
          // the samples: their specs and manifests run in junit-engine's and maven-plugin's tests
          "samples/",
          // manifests the runtime's tests parse
          "runtime/src/test/resources/",
          // projects the Maven plugin's and the engine's integration tests build
          "maven-plugin/src/it/",
          "junit-engine/src/it/");

  @TestFactory
  Stream<DynamicTest> everySnippetEqualsTheRegionItNames() {
    return pages()
        .flatMap(
            page ->
                page.blocks().stream()
                    .filter(block -> block.source() != null)
                    .map(
                        block ->
                            DynamicTest.dynamicTest(
                                ROOT.relativize(page.file()) + ":" + block.line(),
                                () -> assertSnippetMatches(page, block))));
  }

  @TestFactory
  Stream<DynamicTest> everyCodeBlockOfTheCheckedPagesNamesItsSource() {
    return CHECKED_PAGES.stream()
        .map(name -> MarkdownPage.read(DOCS.resolve(name)))
        .flatMap(
            page ->
                page.blocks().stream()
                    .filter(block -> !COMMAND_AND_OUTPUT_LANGUAGES.contains(block.language()))
                    .map(
                        block ->
                            DynamicTest.dynamicTest(
                                ROOT.relativize(page.file()) + ":" + block.line(),
                                () ->
                                    assertThat(block.source())
                                        .as(
                                            "%s:%d: a [%s] block with no <!-- snippet: path#region"
                                                + " --> marker before it: take it from a file the"
                                                + " build compiles or runs (or mark it sh or text"
                                                + " if it is a command or output)",
                                            ROOT.relativize(page.file()),
                                            block.line(),
                                            block.language())
                                        .isNotNull())));
  }

  @Test
  void everyPageIsWellFormed() {
    assertThat(pages().flatMap(page -> page.problems().stream())).isEmpty();
  }

  @Test
  void theReadmeLinksEveryPage() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.list(DOCS)) {
      assertThat(
              files
                  .map(file -> file.getFileName().toString())
                  .filter(name -> name.endsWith(".md"))
                  .filter(name -> !readme.contains("(docs/" + name + ")")))
          .as("pages in docs/ that the README's Documentation section does not link")
          .isEmpty();
    }
  }

  private static void assertSnippetMatches(MarkdownPage page, FencedBlock block) {
    SnippetSource source = block.source();
    String where = ROOT.relativize(page.file()) + ":" + block.line();
    assertThat(BUILT_FOLDERS.stream().anyMatch(source.path()::startsWith))
        .as(
            "%s: snippet source [%s] is not in a folder the build compiles or runs %s",
            where, source.path(), BUILT_FOLDERS)
        .isTrue();
    String expected = SourceRegions.read(ROOT.resolve(source.path())).region(source.region());
    assertThat(block.text())
        .as("%s: the block differs from [%s]; copy the region again", where, source)
        .isEqualTo(expected);
  }

  private static Stream<MarkdownPage> pages() {
    try (Stream<Path> files = Files.list(DOCS)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".md"))
          .sorted()
          .map(MarkdownPage::read)
          .toList()
          .stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
