package io.dataflare.baselines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTests {
  @TempDir Path temp;

  @Test
  void createsFileAndMissingDirectories() throws IOException {
    Path file = temp.resolve("a/b/report.md");

    AtomicFiles.writeString(file, "# hello\n");

    assertThat(Files.readString(file)).isEqualTo("# hello\n");
  }

  @Test
  void replacesLongerContentCompletely() throws IOException {
    Path file = temp.resolve("report.md");
    AtomicFiles.writeString(file, "a much longer first version\n");

    AtomicFiles.writeString(file, "short\n");

    assertThat(Files.readString(file)).isEqualTo("short\n");
  }

  @Test
  void leavesNoTemporaryFileBehind() throws IOException {
    AtomicFiles.writeString(temp.resolve("one.json"), "{}");
    AtomicFiles.writeString(temp.resolve("one.json"), "{ }");

    assertThat(temp.toFile().list()).containsExactly("one.json");
  }

  @Test
  void recognizesItsTemporaryFilesOnly() {
    assertThat(AtomicFiles.isTemporary(Path.of(".a_b.json.12345.tmp"))).isTrue();
    assertThat(AtomicFiles.isTemporary(Path.of("a_b.json"))).isFalse();
  }
}
