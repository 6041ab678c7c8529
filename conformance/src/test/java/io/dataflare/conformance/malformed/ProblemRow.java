package io.dataflare.conformance.malformed;

import java.nio.file.Path;
import java.util.List;

/**
 * A row of a malformed-file table: the file (in its corpus directory) and the problems it must be
 * reported with, in order, each as {@code file:line: [key] problem (fix: ...)}.
 *
 * @param directory the corpus directory
 * @param file the file's name
 * @param problems the expected problems
 */
record ProblemRow(Path directory, String file, List<ProblemRow.Problem> problems) {

  /**
   * One expected problem: its line (0 when it has none) and its text after {@code file:line: }, in
   * which {@code ${module}} stands for the module's absolute directory.
   */
  record Problem(int line, String text) {
    String expected(Path file) {
      String resolved = text.replace("${module}", Path.of("").toAbsolutePath().toString());
      return file + (line > 0 ? ":" + line : "") + ": " + resolved;
    }
  }

  static ProblemRow row(Path directory, String file, Problem... problems) {
    return new ProblemRow(directory, file, List.of(problems));
  }

  static Problem at(int line, String text) {
    return new Problem(line, text);
  }

  Path path() {
    return directory.resolve(file);
  }

  /** The problems as printed for the file's path as given. */
  List<String> expected() {
    return expected(path());
  }

  /** The problems as printed for the file at {@code where}. */
  List<String> expected(Path where) {
    return problems.stream().map(p -> p.expected(where)).toList();
  }

  @Override
  public String toString() {
    return file;
  }
}
