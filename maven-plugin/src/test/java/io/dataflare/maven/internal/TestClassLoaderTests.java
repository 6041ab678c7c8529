package io.dataflare.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.testkit.PluginSpec;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestClassLoaderTests {

  @Test
  void loadsTheProjectsClassesAndTakesTheTestkitFromThePlugin() throws Exception {
    Path testClasses = Path.of("target/test-classes").toAbsolutePath();

    try (URLClassLoader loader =
        TestClassLoader.of(List.of(testClasses), getClass().getClassLoader())) {
      assertThat(loader.loadClass(TestClassLoaderTests.class.getName())).isNotNull();
      assertThat(loader.loadClass(PluginSpec.class.getName())).isSameAs(PluginSpec.class);
    }
  }
}
