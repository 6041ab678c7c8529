package io.dataflare.maven.internal.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a bundle: its entries sorted by name, then {@value #CHECKSUMS} with the SHA-256 of each
 * entry in {@code sha256sum}'s format ({@code sha256sum -c SHA256SUMS} checks an unpacked bundle).
 * The zip is written next to its target and moved into place, so a reader never sees half a bundle,
 * and every entry has the same fixed time, so the same files give the same bytes.
 */
public final class BundleWriter {
  /** The checksum file's name inside the bundle. */
  public static final String CHECKSUMS = "SHA256SUMS";

  /** The time of every entry: the same files always make the same zip. */
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private BundleWriter() {}

  /**
   * Writes {@code contents} to {@code directory/<name>-<version>.zip}, replacing any older file.
   *
   * @return the written zip
   * @throws BundleException when a file cannot be read or the zip cannot be written
   */
  public static Path write(BundleContents contents, Path directory) {
    List<BundleEntry> entries =
        contents.entries().stream().sorted(Comparator.comparing(BundleEntry::name)).toList();
    Path target = directory.resolve(contents.fileName());
    @Nullable Path partial = null;
    try {
      Files.createDirectories(directory);
      partial = Files.createTempFile(directory, contents.fileName(), ".partial");
      try (OutputStream file = Files.newOutputStream(partial);
          ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
        StringBuilder checksums = new StringBuilder();
        for (BundleEntry entry : entries) {
          byte[] bytes = Files.readAllBytes(entry.source());
          put(zip, entry.name(), bytes);
          checksums.append(sha256(bytes)).append("  ").append(entry.name()).append('\n');
        }
        put(zip, CHECKSUMS, checksums.toString().getBytes(StandardCharsets.UTF_8));
      }
      move(partial, target);
      return target;
    } catch (IOException e) {
      throw new BundleException("cannot write bundle [" + target + "]: " + e, e);
    } finally {
      deleteQuietly(partial);
    }
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  /** The lower-case hexadecimal SHA-256 of {@code bytes}. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(@Nullable Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A leftover .partial file is harmless: the next run writes a new one.
    }
  }
}
