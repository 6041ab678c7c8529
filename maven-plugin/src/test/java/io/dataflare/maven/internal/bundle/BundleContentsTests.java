package io.dataflare.maven.internal.bundle;

import static io.dataflare.maven.internal.bundle.PluginProjectFixture.javaPlugin;
import static io.dataflare.maven.internal.bundle.PluginProjectFixture.wasmPlugin;
import static io.dataflare.maven.internal.bundle.PluginProjectFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.runtime.PluginManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleContentsTests {
  @TempDir Path project;

  @Test
  void bundlesTheManifestAndTheModuleAtThePathTheManifestNames() throws IOException {
    BundleContents contents =
        BundleContents.of(wasmPlugin(project), null, project.resolve("target/quality.json"));

    assertThat(contents.entries())
        .extracting(BundleEntry::name)
        .containsExactly("plugin.toml", "plugin/filter.wasm");
    assertThat(contents.fileName()).isEqualTo("error-filter-1.2.0.zip");
  }

  @Test
  void bundlesTheReadmeAndQualityJsonWhenTheyExist() throws IOException {
    write(project.resolve("README.md"), "# error-filter");
    Path quality = write(project.resolve("target/dataflare/quality.json"), "{\"score\":80}");

    BundleContents contents = BundleContents.of(wasmPlugin(project), null, quality);

    assertThat(contents.entries())
        .extracting(BundleEntry::name)
        .contains("README.md", "quality.json");
    assertThat(contents.absent()).isEmpty();
  }

  @Test
  void namesTheOptionalFilesThatAreAbsent() throws IOException {
    BundleContents contents =
        BundleContents.of(wasmPlugin(project), null, project.resolve("target/quality.json"));

    assertThat(contents.absent()).containsExactly("README.md", "quality.json");
  }

  @Test
  void bundlesTheJarOfAJavaPlugin() throws IOException {
    Path jar = write(project.resolve("target/error-filter-1.2.0.jar"), new byte[] {1, 2, 3});

    BundleContents contents =
        BundleContents.of(javaPlugin(project), jar, project.resolve("target/quality.json"));

    assertThat(contents.entries())
        .extracting(BundleEntry::name)
        .containsExactly("plugin.toml", "error-filter-1.2.0.jar");
  }

  @Test
  void refusesAJavaPluginWhoseJarWasNotBuilt() throws IOException {
    PluginManifest manifest = javaPlugin(project);

    assertThatThrownBy(
            () -> BundleContents.of(manifest, null, project.resolve("target/quality.json")))
        .isInstanceOf(BundleException.class)
        .hasMessage(
            "the jar of Java plugin [error-filter] was not built: run dataflare:package after the"
                + " package phase, e.g. `mvn verify`");
  }

  @Test
  void refusesAModuleDeletedAfterTheManifestWasRead() throws IOException {
    PluginManifest manifest = wasmPlugin(project);
    Files.delete(project.resolve("plugin/filter.wasm"));

    assertThatThrownBy(
            () -> BundleContents.of(manifest, null, project.resolve("target/quality.json")))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("filter.wasm] does not exist: build the module before packaging");
  }

  @Test
  void refusesAModuleOutsideTheManifestsDirectory() throws IOException {
    write(project.resolve("shared/filter.wasm"), PluginProjectFixture.MODULE);
    PluginManifest manifest =
        PluginProjectFixture.manifest(
            project.resolve("plugin"), "module = \"../shared/filter.wasm\"");

    assertThatThrownBy(
            () -> BundleContents.of(manifest, null, project.resolve("target/quality.json")))
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("lies outside")
        .hasMessageContaining("move the module below the directory of plugin.toml");
  }
}
