package io.dataflare.maven.internal.bundle;

import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Plugin projects on disk for the bundle tests: a manifest, a module or a jar, a README. */
final class PluginProjectFixture {
  static final byte[] MODULE = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};

  private PluginProjectFixture() {}

  /** A WASM plugin {@code error-filter 1.2.0} whose module is {@code plugin/filter.wasm}. */
  static PluginManifest wasmPlugin(Path directory) throws IOException {
    write(directory.resolve("plugin/filter.wasm"), MODULE);
    return manifest(directory, "module = \"plugin/filter.wasm\"");
  }

  /** A Java plugin {@code error-filter 1.2.0} (its jar is for the caller to make). */
  static PluginManifest javaPlugin(Path directory) throws IOException {
    return manifest(directory, "class = \"com.example.ErrorFilter\"");
  }

  static PluginManifest manifest(Path directory, String source) throws IOException {
    Path toml = directory.resolve("plugin.toml");
    write(
        toml,
        ("[plugin]\nname = \"error-filter\"\nversion = \"1.2.0\"\ntype = \"filter\"\n"
                + source
                + "\n")
            .getBytes(StandardCharsets.UTF_8));
    return ManifestParser.parse(toml);
  }

  static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  static Path write(Path file, String text) throws IOException {
    return write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
