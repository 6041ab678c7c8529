package io.dataflare.baselines.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apiguardian.api.API;

/**
 * Writes files so that a reader sees the old complete content or the new complete content, never a
 * part: the bytes go to a temporary file in the same directory, are forced to disk, and the
 * temporary file is renamed over the target in one atomic step. A crash (even {@code kill -9})
 * leaves at most a stray temporary file, which {@link #isTemporary(Path)} recognizes.
 */
@API(status = INTERNAL, since = "0.1")
public final class AtomicFiles {
  private static final String TEMP_SUFFIX = ".tmp";

  private AtomicFiles() {}

  /** Atomically replaces (or creates) {@code target} with {@code text} in UTF-8. */
  public static void writeString(Path target, String text) {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Atomically replaces (or creates) {@code target} with {@code content}. */
  public static void write(Path target, byte[] content) {
    Path directory = target.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", TEMP_SUFFIX);
      try (FileChannel channel =
          FileChannel.open(
              temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temporary = null;
      forceDirectory(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write ["
              + target
              + "]: "
              + e.getMessage()
              + " (check the directory's permissions and free space)",
          e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The stray temporary file is harmless: readers skip it.
        }
      }
    }
  }

  /** Whether a file is a temporary file of an unfinished (or crashed) atomic write. */
  public static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
  }

  // Makes the rename itself durable. Not every platform can open a directory (Windows cannot):
  // there the rename is still atomic, only its durability after a power loss is the OS's.
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // See above.
    }
  }
}
