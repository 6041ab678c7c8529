package io.dataflare.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fenced code blocks of a Markdown page, each with the snippet marker written on the line
 * before its opening fence (blank lines between are allowed).
 */
final class MarkdownPage {
  private final Path file;
  private final List<FencedBlock> blocks;
  private final List<String> problems;

  private MarkdownPage(Path file, List<FencedBlock> blocks, List<String> problems) {
    this.file = file;
    this.blocks = List.copyOf(blocks);
    this.problems = List.copyOf(problems);
  }

  static MarkdownPage read(Path file) {
    try {
      return parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read page [" + file + "]: " + e, e);
    }
  }

  static MarkdownPage parse(Path file, List<String> lines) {
    List<FencedBlock> blocks = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    @Nullable SnippetSource pending = null;
    int pendingLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      SnippetSource marker = SnippetSource.parse(line);
      if (marker != null) {
        pending = marker;
        pendingLine = i + 1;
        continue;
      }
      if (line.startsWith("```")) {
        int open = i;
        List<String> content = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
          content.add(lines.get(i));
        }
        if (i == lines.size()) {
          problems.add(file + ":" + (open + 1) + ": the code block is never closed");
        }
        String language = line.substring(3).strip();
        blocks.add(new FencedBlock(open + 1, language, Text.dedent(content), pending));
        pending = null;
        continue;
      }
      if (pending != null && !line.isBlank()) {
        problems.add(
            file
                + ":"
                + pendingLine
                + ": snippet marker ["
                + pending
                + "] must come right before a code block");
        pending = null;
      }
    }
    if (pending != null) {
      problems.add(file + ":" + pendingLine + ": snippet marker [" + pending + "] ends the page");
    }
    return new MarkdownPage(file, blocks, problems);
  }

  Path file() {
    return file;
  }

  List<FencedBlock> blocks() {
    return blocks;
  }

  /** Markers that are not followed by a block, blocks never closed. */
  List<String> problems() {
    return problems;
  }
}
