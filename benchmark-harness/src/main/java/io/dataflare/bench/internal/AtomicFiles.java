package io.dataflare.bench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so a reader sees the old content or the new, never a torn or empty file: the text
 * goes to a temporary file in the same directory, which is then moved over the target.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes {@code text} in UTF-8 to {@code file}, creating its directory.
   *
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static void writeString(Path file, String text) {
    Path target = file.toAbsolutePath().normalize();
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        move(temp, target);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write [" + target + "]: " + e.getMessage(), e);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Some file systems cannot move atomically; a same-directory replace is the best left.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
