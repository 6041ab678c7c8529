package io.dataflare.maven.internal.ab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The previous artifact as a directory: a jar is unpacked, a directory is used as it is. */
public final class PreviousArtifact {
  private PreviousArtifact() {}

  /**
   * A directory with the artifact's contents.
   *
   * @param artifact a jar or a directory (such as an earlier build's {@code target/classes})
   * @param workDirectory where a jar is unpacked (emptied first)
   */
  public static Path unpack(Path artifact, Path workDirectory) {
    if (Files.isDirectory(artifact)) {
      return artifact;
    }
    if (!Files.isRegularFile(artifact)) {
      throw new IllegalArgumentException(
          "The previous artifact [" + artifact + "] is neither a jar nor a directory");
    }
    try {
      deleteRecursively(workDirectory);
      Files.createDirectories(workDirectory);
      try (ZipFile jar = new ZipFile(artifact.toFile())) {
        Enumeration<? extends ZipEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          Path target = workDirectory.resolve(entry.getName()).normalize();
          if (!target.startsWith(workDirectory)) {
            throw new IOException("jar entry [" + entry.getName() + "] points outside the jar");
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            try (InputStream in = jar.getInputStream(entry)) {
              Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
      }
      return workDirectory;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot unpack the previous artifact [" + artifact + "]: " + e.getMessage(), e);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
