package io.dataflare.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.engine.api.DataFlareSpecFiles;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecTestSourceTests {

  @TempDir Path root;

  @Test
  void generatedClassCompilesAndCarriesTheEnginesMarker() throws Exception {
    Path source = SpecTestSource.write(root.resolve("src"), null);
    Path classes = Files.createDirectories(root.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "-d",
            classes.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            source.toString());

    assertThat(status).isZero();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> type = loader.loadClass(SpecTestSource.PACKAGE + "." + SpecTestSource.CLASS_NAME);
      assertThat(type.getAnnotation(DataFlareSpecFiles.class).value()).isEmpty();
    }
  }

  @Test
  void nameMatchesSurefiresDefaultIncludes() {
    assertThat(SpecTestSource.CLASS_NAME).endsWith("Test");
  }

  @Test
  void configuredSpecsDirectoryIsPassedToTheEngine() {
    assertThat(SpecTestSource.render("specs/toml"))
        .contains("@io.dataflare.engine.api.DataFlareSpecFiles(\"specs/toml\")");
  }

  @Test
  void unchangedClassIsNotRewritten() throws IOException {
    Path file = SpecTestSource.write(root, null);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, old);

    SpecTestSource.write(root, null);

    assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
  }

  @Test
  void changedClassIsRewritten() throws IOException {
    Path file = SpecTestSource.write(root, null);

    SpecTestSource.write(root, "other");

    assertThat(Files.readAllLines(file)).contains("@" + SpecTestSource.ANNOTATION + "(\"other\")");
  }
}
