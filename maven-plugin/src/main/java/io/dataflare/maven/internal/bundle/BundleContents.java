package io.dataflare.maven.internal.bundle;

import io.dataflare.runtime.PluginManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the marketplace needs of a plugin project: {@code plugin.toml}, the WASM module (at the path
 * {@code plugin.toml} names, so the manifest still holds inside the bundle) or the plugin's jar,
 * the README and {@code quality.json} when they exist. {@link BundleWriter} adds the checksums.
 */
public final class BundleContents {
  /** README file names looked for in the base directory, in this order. */
  static final List<String> README_NAMES = List.of("README.md", "README.txt", "README");

  private final String fileName;
  private final List<BundleEntry> entries;
  private final List<String> absent;

  private BundleContents(String fileName, List<BundleEntry> entries, List<String> absent) {
    this.fileName = fileName;
    this.entries = List.copyOf(entries);
    this.absent = List.copyOf(absent);
  }

  /**
   * The contents of the project whose manifest is {@code manifest}.
   *
   * @param manifest the parsed {@code plugin.toml}, with its source file
   * @param jar the built jar of a Java plugin ({@code null} for a WASM plugin, or not built yet)
   * @param qualityJson where the quality goal writes {@code quality.json} (it may not exist)
   * @throws BundleException when the module or the jar the bundle needs is missing
   */
  public static BundleContents of(PluginManifest manifest, @Nullable Path jar, Path qualityJson) {
    Path toml = manifest.source();
    if (toml == null) {
      throw new IllegalArgumentException("the manifest was not read from a file");
    }
    Path directory = toml.toAbsolutePath().getParent();
    List<BundleEntry> entries = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    entries.add(new BundleEntry("plugin.toml", toml));
    Optional<Path> module = manifest.modulePath();
    if (module.isPresent()) {
      entries.add(moduleEntry(directory, module.get().toAbsolutePath().normalize()));
    } else {
      entries.add(jarEntry(jar, manifest.plugin().name()));
    }
    README_NAMES.stream()
        .map(directory::resolve)
        .filter(Files::isRegularFile)
        .findFirst()
        .ifPresentOrElse(
            readme -> entries.add(new BundleEntry(readme.getFileName().toString(), readme)),
            () -> absent.add("README.md"));
    if (Files.isRegularFile(qualityJson)) {
      entries.add(new BundleEntry("quality.json", qualityJson));
    } else {
      absent.add("quality.json");
    }
    String fileName = manifest.plugin().name() + "-" + manifest.plugin().version() + ".zip";
    return new BundleContents(fileName, entries, absent);
  }

  private static BundleEntry moduleEntry(Path directory, Path module) {
    if (!module.startsWith(directory)) {
      throw new BundleException(
          "[plugin] module ["
              + module
              + "] lies outside ["
              + directory
              + "]: the bundle keeps plugin.toml's paths, so move the module below the directory"
              + " of plugin.toml");
    }
    if (!Files.isRegularFile(module)) {
      throw new BundleException(
          "[plugin] module ["
              + module
              + "] does not exist: build the module before packaging (see the project's README)");
    }
    String name = directory.relativize(module).toString().replace('\\', '/');
    return new BundleEntry(name, module);
  }

  private static BundleEntry jarEntry(@Nullable Path jar, String plugin) {
    if (jar == null || !Files.isRegularFile(jar)) {
      throw new BundleException(
          "the jar of Java plugin ["
              + plugin
              + "] "
              + (jar == null ? "was not built" : "[" + jar + "] does not exist")
              + ": run dataflare:package after the package phase, e.g. `mvn verify`");
    }
    return new BundleEntry(jar.getFileName().toString(), jar);
  }

  /** The bundle's file name: {@code <name>-<version>.zip}. */
  public String fileName() {
    return fileName;
  }

  /** The files to bundle, in the order found; the writer sorts them. */
  public List<BundleEntry> entries() {
    return entries;
  }

  /** The optional files that were not found ({@code README.md}, {@code quality.json}). */
  public List<String> absent() {
    return absent;
  }
}
