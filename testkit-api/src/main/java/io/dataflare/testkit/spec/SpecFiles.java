package io.dataflare.testkit.spec;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/** Finds TOML spec files in a directory. */
@API(status = STABLE, since = "0.1")
public final class SpecFiles {
  /** Subdirectory holding benchmark baselines, not specs. */
  public static final String BASELINES_DIRECTORY = "baselines";

  private SpecFiles() {}

  /**
   * Every {@code *.toml} file under {@code directory}, recursively, sorted by path; files under a
   * {@code baselines/} subdirectory and files named {@code plugin.toml} are left out. A missing
   * directory has none.
   *
   * @throws UncheckedIOException when the directory cannot be listed
   */
  public static List<Path> discover(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(SpecFiles::isSpecFileName)
          .filter(file -> !inBaselines(directory, file))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list spec files in [" + directory + "]", e);
    }
  }

  /** Whether a file name looks like a spec file: {@code *.toml} but not {@code plugin.toml}. */
  public static boolean isSpecFileName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".toml") && !name.equals("plugin.toml");
  }

  private static boolean inBaselines(Path directory, Path file) {
    for (Path part : directory.relativize(file)) {
      if (part.toString().equals(BASELINES_DIRECTORY)) {
        return true;
      }
    }
    return false;
  }
}
