package io.dataflare.maven.internal.bundle;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the bundle.
 *
 * @param name its path inside the zip, with forward slashes
 * @param source the file on disk
 */
public record BundleEntry(String name, Path source) {
  public BundleEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("..")) {
      throw new IllegalArgumentException(
          "bundle entry name [" + name + "] must be a relative path with forward slashes");
    }
  }
}
