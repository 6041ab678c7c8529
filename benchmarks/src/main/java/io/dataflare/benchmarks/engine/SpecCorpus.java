package io.dataflare.benchmarks.engine;

import io.dataflare.benchmarks.Sample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plugin project in a temporary folder: the filter sample's {@code plugin.toml} and module, and
 * one spec file of {@code count} cases. Case {@code i} sends two records, one that contains the
 * needle and one that does not, and expects exactly the first back; {@link #cases} gives the same
 * records and expectations to the hand-written tests.
 */
public final class SpecCorpus {
  private final Path directory;
  private final Path specFile;
  private final int count;

  private SpecCorpus(Path directory, Path specFile, int count) {
    this.directory = directory;
    this.specFile = specFile;
    this.count = count;
  }

  /** One case: its name, its two input values and the value expected back. */
  public record Case(String name, String kept, String dropped) {}

  /** Writes the project. */
  public static SpecCorpus write(int count) {
    try {
      Path directory = Files.createTempDirectory("dataflare-spec-corpus");
      Files.createDirectories(directory.resolve("plugin"));
      Files.copy(Sample.FILTER.manifest(), directory.resolve("plugin.toml"));
      Files.copy(Sample.FILTER.module(), directory.resolve("plugin").resolve("filter.wasm"));
      Path specs = Files.createDirectories(directory.resolve("src/test/dataflare"));
      StringBuilder toml = new StringBuilder();
      for (Case c : cases(count)) {
        toml.append("[[case]]\n")
            .append("name = \"")
            .append(c.name())
            .append("\"\n")
            .append("input = [ { value = \"")
            .append(c.kept())
            .append("\" }, { value = \"")
            .append(c.dropped())
            .append("\" } ]\n")
            .append("expect.output = [ { value = \"")
            .append(c.kept())
            .append("\" } ]\n\n");
      }
      Path specFile = specs.resolve("corpus.toml");
      Files.writeString(specFile, toml, StandardCharsets.UTF_8);
      return new SpecCorpus(directory, specFile, count);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cases, in order. */
  public static List<Case> cases(int count) {
    List<Case> cases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cases.add(
          new Case(
              "case-" + i,
              "request " + i + " failed with error " + (i * 7 % 500),
              "request " + i + " served in " + (i % 90) + " ms"));
    }
    return cases;
  }

  public Path directory() {
    return directory;
  }

  public Path specFile() {
    return specFile;
  }

  public Path manifest() {
    return directory.resolve("plugin.toml");
  }

  public int count() {
    return count;
  }

  /** Deletes the project's folder. */
  public void delete() {
    try (var paths = Files.walk(directory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
