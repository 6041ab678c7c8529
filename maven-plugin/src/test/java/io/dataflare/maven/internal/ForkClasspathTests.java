package io.dataflare.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;

class ForkClasspathTests {
  private static final Path CLASSES = Path.of("/p/target/classes");
  private static final Path TEST_CLASSES = Path.of("/p/target/test-classes");

  private static Artifact jar(String groupId, String artifactId, String version, String file) {
    return artifact(groupId, artifactId, version, null, "jar", file);
  }

  private static Artifact artifact(
      String groupId,
      String artifactId,
      String version,
      String classifier,
      String type,
      String file) {
    DefaultArtifactHandler handler = new DefaultArtifactHandler(type);
    handler.setAddedToClasspath(!type.equals("pom"));
    DefaultArtifact artifact =
        new DefaultArtifact(groupId, artifactId, version, "compile", type, classifier, handler);
    artifact.setFile(new File(file));
    return artifact;
  }

  @Test
  void projectClassesComeFirstThenItsArtifactsThenThePlugins() {
    ForkClasspath classpath =
        ForkClasspath.of(
            List.of(TEST_CLASSES, CLASSES),
            List.of(jar("io.dataflare", "dataflare-junit-engine", "1", "/r/engine.jar")),
            List.of(jar("org.openjdk.jmh", "jmh-core", "1.37", "/r/jmh.jar")));

    assertThat(classpath.files())
        .containsExactly(TEST_CLASSES, CLASSES, Path.of("/r/engine.jar"), Path.of("/r/jmh.jar"));
  }

  @Test
  void artifactOnBothSidesIsTakenFromTheProject() {
    ForkClasspath classpath =
        ForkClasspath.of(
            List.of(),
            List.of(jar("io.dataflare", "dataflare-runtime", "0.2.0", "/r/runtime-0.2.0.jar")),
            List.of(jar("io.dataflare", "dataflare-runtime", "0.1.0", "/r/runtime-0.1.0.jar")));

    assertThat(classpath.files()).containsExactly(Path.of("/r/runtime-0.2.0.jar"));
  }

  @Test
  void classifiedArtifactIsAnotherEntry() {
    ForkClasspath classpath =
        ForkClasspath.of(
            List.of(),
            List.of(jar("g", "a", "1", "/r/a.jar")),
            List.of(artifact("g", "a", "1", "tests", "jar", "/r/a-tests.jar")));

    assertThat(classpath.files()).containsExactly(Path.of("/r/a.jar"), Path.of("/r/a-tests.jar"));
  }

  @Test
  void artifactsNotMeantForTheClassPathAreLeftOut() {
    ForkClasspath classpath =
        ForkClasspath.of(
            List.of(), List.of(artifact("g", "bom", "1", null, "pom", "/r/bom.pom")), List.of());

    assertThat(classpath.files()).isEmpty();
  }

  @Test
  void argumentJoinsTheEntriesWithThePathSeparator() {
    ForkClasspath classpath =
        ForkClasspath.of(List.of(TEST_CLASSES, CLASSES), List.of(), List.of());

    assertThat(classpath.asArgument()).isEqualTo(TEST_CLASSES + File.pathSeparator + CLASSES);
  }
}
