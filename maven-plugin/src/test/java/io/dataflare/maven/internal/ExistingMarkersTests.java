package io.dataflare.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExistingMarkersTests {

  @TempDir Path root;

  @Test
  void existingMarkerInTestSourcesIsFound() throws IOException {
    Path tests = Files.createDirectories(root.resolve("src/test/java/com/example"));
    Files.writeString(tests.resolve("Plain.java"), "class Plain {}");
    Path marker =
        Files.writeString(
            tests.resolve("Specs.java"),
            "import io.dataflare.engine.api.DataFlareSpecFiles;\n@DataFlareSpecFiles class Specs {}");

    assertThat(ExistingMarkers.find(List.of(root.resolve("src/test/java")), root.resolve("gen")))
        .contains(marker);
  }

  @Test
  void generatedMarkerDoesNotCountAsExisting() {
    Path generated = root.resolve("gen");
    SpecTestSource.write(generated, null);

    assertThat(ExistingMarkers.find(List.of(generated), generated)).isEmpty();
  }

  @Test
  void missingSourceRootsHaveNoMarker() {
    assertThat(ExistingMarkers.find(List.of(root.resolve("none")), root.resolve("gen"))).isEmpty();
  }
}
