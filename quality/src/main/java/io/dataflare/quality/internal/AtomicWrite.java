package io.dataflare.quality.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apiguardian.api.API;

/** Writes a file whole or not at all: a temporary file in the same directory, then a rename. */
@API(status = INTERNAL, since = "0.1")
public final class AtomicWrite {
  private AtomicWrite() {}

  /**
   * Writes UTF-8 text and returns the file.
   *
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static Path text(Path file, String text) {
    Path absolute = file.toAbsolutePath();
    try {
      Files.createDirectories(absolute.getParent());
      Path temporary =
          Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
      try {
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
      return absolute;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write [" + absolute + "]: " + e.getMessage(), e);
    }
  }
}
