package io.dataflare.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTests {
  @TempDir Path directory;

  @Test
  void replacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
    Path file = directory.resolve("out/benchmarks.json");

    AtomicFiles.writeString(file, "[1]");
    AtomicFiles.writeString(file, "[2]");

    assertThat(file).hasContent("[2]");
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }
}
