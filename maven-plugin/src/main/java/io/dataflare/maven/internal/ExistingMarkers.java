package io.dataflare.maven.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a test class the author already annotated with {@code @DataFlareSpecFiles}: with one, a
 * generated class would run every spec file a second time.
 */
public final class ExistingMarkers {
  private static final String SIMPLE_NAME = "@DataFlareSpecFiles";

  private ExistingMarkers() {}

  /** The first {@code .java} file under these source roots that uses the annotation, if any. */
  public static Optional<Path> find(List<Path> testSourceRoots, Path generatedRoot) {
    for (Path root : testSourceRoots) {
      if (!Files.isDirectory(root) || root.toAbsolutePath().normalize().equals(generatedRoot)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        Optional<Path> found =
            files
                .filter(f -> f.toString().endsWith(".java"))
                .sorted()
                .filter(ExistingMarkers::usesAnnotation)
                .findFirst();
        if (found.isPresent()) {
          return found;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list test sources in [" + root + "]", e);
      }
    }
    return Optional.empty();
  }

  private static boolean usesAnnotation(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.contains(SIMPLE_NAME) || text.contains("@" + SpecTestSource.ANNOTATION);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read test source [" + file + "]", e);
    }
  }
}
