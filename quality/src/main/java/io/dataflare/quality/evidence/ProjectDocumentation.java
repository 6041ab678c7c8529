package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.evidence.internal.PublicTypeScanner;
import io.dataflare.quality.evidence.internal.PublicTypeScanner.TopLevelType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Reads a project's documentation: its README and changelog (Markdown), the javadoc of its public
 * types, and its examples directory.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ProjectDocumentation {
  private static final List<String> READMES = List.of("README.md", "readme.md", "README.markdown");
  private static final List<String> CHANGELOGS =
      List.of("CHANGELOG.md", "changelog.md", "CHANGES.md", "HISTORY.md");
  private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");

  private ProjectDocumentation() {}

  /**
   * Reads the documentation of the project in {@code baseDirectory}.
   *
   * @param sourceDirectories the Java source directories whose public types need javadoc
   */
  public static DocumentationFacts read(Path baseDirectory, List<Path> sourceDirectories) {
    Optional<Path> readme = first(baseDirectory, READMES);
    Optional<Path> changelog = first(baseDirectory, CHANGELOGS);
    String readmeText = readme.map(ProjectDocumentation::text).orElse("");
    List<String> publicTypes = new ArrayList<>();
    List<String> undocumented = new ArrayList<>();
    for (Path directory : sourceDirectories) {
      for (Path file : javaFiles(directory)) {
        String where = directory.relativize(file).toString().replace('\\', '/');
        for (TopLevelType type : PublicTypeScanner.scan(text(file))) {
          if (type.isPublic()) {
            String name = where.replaceFirst("[^/]*$", "") + type.name();
            publicTypes.add(name);
            if (!type.documented()) {
              undocumented.add(name);
            }
          }
        }
      }
    }
    return new DocumentationFacts(
        readme.map(p -> p.getFileName().toString()).orElse(null),
        headings(readmeText),
        withoutFences(readmeText),
        changelog.map(p -> p.getFileName().toString()).orElse(null),
        changelog.map(p -> headings(text(p))).orElse(List.of()),
        publicTypes,
        undocumented,
        examples(baseDirectory.resolve("examples")));
  }

  /** The Markdown headings (ATX {@code ## Title} and setext), outside fenced code blocks. */
  static List<String> headings(String markdown) {
    List<String> headings = new ArrayList<>();
    boolean fenced = false;
    String previous = "";
    for (String line : markdown.lines().toList()) {
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        fenced = !fenced;
        previous = "";
        continue;
      }
      if (fenced) {
        continue;
      }
      Matcher atx = ATX_HEADING.matcher(line);
      if (atx.matches()) {
        headings.add(atx.group(1));
      } else if (SETEXT_UNDERLINE.matcher(line).matches() && !previous.isBlank()) {
        headings.add(previous.strip());
      }
      previous = line;
    }
    return headings;
  }

  private static String withoutFences(String markdown) {
    return String.join("\n", markdown.lines().filter(l -> !l.strip().startsWith("```")).toList());
  }

  private static Optional<Path> first(Path directory, List<String> names) {
    return names.stream().map(directory::resolve).filter(Files::isRegularFile).findFirst();
  }

  private static List<Path> javaFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("package-info.java"))
          .filter(f -> !f.getFileName().toString().equals("module-info.java"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the sources in [" + directory + "]", e);
    }
  }

  private static List<String> examples(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> directory.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the examples in [" + directory + "]", e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvidenceException("Cannot read [" + file + "]: " + e, e);
    }
  }
}
