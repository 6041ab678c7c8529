package io.dataflare.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSpecsTests {
  private static final String CASE =
      "[[case]]\nname = \"c\"\ninput = [ { value = \"a\" } ]\nexpect.count = 1\n";

  @TempDir Path project;

  private ProjectLayout layout() {
    return ProjectLayout.of(project, project.resolve("target"));
  }

  private Path write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void manifestsAreTheProjectsOwnThenThoseSpecFilesName() throws IOException {
    Path own =
        write("plugin.toml", "[plugin]\nname = \"a\"\nversion = \"1.0.0\"\ntype = \"map\"\n");
    Path twin = write("twin/plugin.toml", "[plugin]\nname = \"b\"\n");
    write("src/test/dataflare/own.toml", CASE);
    write("src/test/dataflare/twin.toml", "plugin = \"../../../twin/plugin.toml\"\n" + CASE);

    assertThat(ProjectSpecs.read(layout()).manifests()).containsExactly(own, twin);
  }

  @Test
  void manifestNamedByManySpecFilesIsListedOnce() throws IOException {
    Path own = write("plugin.toml", "[plugin]\n");
    write("src/test/dataflare/a.toml", CASE);
    write("src/test/dataflare/b.toml", CASE);

    assertThat(ProjectSpecs.read(layout()).manifests()).containsExactly(own);
  }

  @Test
  void otherManifestsInTheProjectAreFoundButNotThoseInTarget() throws IOException {
    Path own = write("plugin.toml", "[plugin]\n");
    Path java = write("upper/plugin.toml", "[plugin]\n");
    write("target/it/copy/plugin.toml", "[plugin]\n");
    write(".git/plugin.toml", "[plugin]\n");

    assertThat(ProjectSpecs.read(layout()).manifests()).containsExactly(own, java);
  }

  @Test
  void projectWithoutManifestOrSpecsHasNothing() {
    ProjectSpecs specs = ProjectSpecs.read(layout());

    assertThat(specs.hasSpecFiles()).isFalse();
    assertThat(specs.manifests()).isEmpty();
  }

  @Test
  void problemsOfUnreadableSpecFilesAreKept() throws IOException {
    write("plugin.toml", "[plugin]\n");
    write("src/test/dataflare/bad.toml", "[[case]]\nnmae = \"typo\"\n");

    ProjectSpecs specs = ProjectSpecs.read(layout());

    assertThat(specs.hasSpecFiles()).isTrue();
    assertThat(specs.problems()).isNotEmpty();
  }
}
