package io.dataflare.maven.internal.bundle;

import static io.dataflare.maven.internal.bundle.PluginProjectFixture.wasmPlugin;
import static io.dataflare.maven.internal.bundle.PluginProjectFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTests {
  @TempDir Path project;
  Path output;
  BundleContents contents;

  @BeforeEach
  void project() throws IOException {
    write(project.resolve("README.md"), "# error-filter\n");
    Path quality = write(project.resolve("target/dataflare/quality.json"), "{\"score\":80}");
    contents = BundleContents.of(wasmPlugin(project), null, quality);
    output = project.resolve("target/dataflare");
  }

  @Test
  void writesTheEntriesSortedWithTheChecksumsLast() throws IOException {
    Path zip = BundleWriter.write(contents, output);

    assertThat(zip).isEqualTo(output.resolve("error-filter-1.2.0.zip"));
    assertThat(read(zip).keySet())
        .containsExactly(
            "README.md", "plugin.toml", "plugin/filter.wasm", "quality.json", "SHA256SUMS");
  }

  @Test
  void checksumsEveryOtherEntryInSha256sumFormat() throws IOException {
    Map<String, byte[]> entries = read(BundleWriter.write(contents, output));

    String checksums = new String(entries.get("SHA256SUMS"), StandardCharsets.UTF_8);
    assertThat(checksums.lines())
        .containsExactly(
            BundleWriter.sha256(entries.get("README.md")) + "  README.md",
            BundleWriter.sha256(entries.get("plugin.toml")) + "  plugin.toml",
            BundleWriter.sha256(PluginProjectFixture.MODULE) + "  plugin/filter.wasm",
            BundleWriter.sha256(entries.get("quality.json")) + "  quality.json");
  }

  @Test
  void computesTheSha256OfKnownBytes() {
    assertThat(BundleWriter.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void writesTheSameBytesForTheSameFiles() throws IOException {
    byte[] first = Files.readAllBytes(BundleWriter.write(contents, output));
    byte[] second = Files.readAllBytes(BundleWriter.write(contents, output));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void replacesAnOlderBundleAndLeavesNoPartialFile() throws IOException {
    write(output.resolve("error-filter-1.2.0.zip"), "an older bundle");

    Path zip = BundleWriter.write(contents, output);

    assertThat(read(zip)).containsKey("SHA256SUMS");
    try (Stream<Path> files = Files.list(output)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("error-filter-1.2.0.zip", "quality.json");
    }
  }

  private static Map<String, byte[]> read(Path zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entriesIn = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = entriesIn.getNextEntry()) != null; ) {
        entries.put(entry.getName(), entriesIn.readAllBytes());
      }
    }
    return entries;
  }
}
