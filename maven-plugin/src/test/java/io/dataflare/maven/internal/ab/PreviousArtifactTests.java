package io.dataflare.maven.internal.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.dataflare.maven.internal.ProjectLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousArtifactTests {

  @TempDir Path work;

  @Test
  void jarIsUnpackedIntoTheWorkDirectory() throws IOException {
    Path jar = work.resolve("previous.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("plugin/plugin.toml"));
      out.write("[plugin]\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }

    Path contents = PreviousArtifact.unpack(jar, work.resolve("unpacked"));

    assertThat(contents.resolve("plugin/plugin.toml")).hasContent("[plugin]");
  }

  @Test
  void directoryIsUsedAsItIs() {
    assertThat(PreviousArtifact.unpack(work, work.resolve("unpacked"))).isEqualTo(work);
  }

  @Test
  void missingArtifactIsNamed() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PreviousArtifact.unpack(work.resolve("gone.jar"), work.resolve("u")))
        .withMessageContaining("gone.jar");
  }

  @Test
  void existingPathWinsOverCoordinates() throws IOException {
    Files.createFile(work.resolve("old.jar"));
    ProjectLayout layout = ProjectLayout.of(work, work.resolve("target"));

    assertThat(PreviousArtifacts.locate("old.jar", layout, c -> Path.of("/resolved")))
        .isEqualTo(work.resolve("old.jar"));
    assertThat(PreviousArtifacts.locate("com.example:p:1.0", layout, c -> Path.of("/resolved")))
        .isEqualTo(Path.of("/resolved"));
  }
}
