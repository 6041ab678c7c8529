package io.dataflare.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.fixtures.FailingConstructorFilter;
import io.dataflare.runtime.fixtures.FixturePlugin;
import io.dataflare.runtime.fixtures.KeepFilter;
import io.dataflare.runtime.fixtures.Manifests;
import io.dataflare.runtime.fixtures.MisnamedFilter;
import io.dataflare.runtime.fixtures.Records;
import io.dataflare.runtime.fixtures.TrimFilterMap;
import io.dataflare.runtime.fixtures.UppercaseMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How the native backend finds, makes and checks plugin objects. */
@Timeout(30)
class NativeLoadingTests {
  private final PluginRuntime runtime = PluginRuntime.builder().build();

  @AfterEach
  void close() {
    runtime.close();
  }

  private static PluginFailure loadFailure(Runnable load) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(load::run);
    assertThat(thrown).isInstanceOf(PluginException.class);
    return ((PluginException) thrown).failure();
  }

  @Test
  void loadsTheClassNamedInPluginToml() {
    PluginHandle handle = runtime.load(Manifests.path("valid-native.toml"));

    assertThat(Records.values(handle.processBatch(Records.texts(" a ", "b"))))
        .containsExactly("a", "b");
    assertThat(handle.name()).isEqualTo("TrimFilterMap");
  }

  @Test
  void loadsAPluginFromASupplier() {
    PluginManifest manifest = PluginManifest.builder("UppercaseMap", PluginType.MAP).build();

    PluginHandle handle = runtime.load(manifest, UppercaseMap::new);

    assertThat(Records.values(handle.processBatch(Records.texts("x")))).containsExactly("X");
  }

  @Test
  void findsTheOnlyServiceLoaderProviderWithTheManifestsName(@TempDir Path classpath)
      throws IOException {
    registerPlugins(classpath, KeepFilter.class, UppercaseMap.class);
    PluginManifest manifest = PluginManifest.builder("UppercaseMap", PluginType.MAP).build();

    PluginHandle handle = withContextClassLoader(classpath, () -> runtime.load(manifest));

    assertThat(Records.values(handle.processBatch(Records.texts("y")))).containsExactly("Y");
  }

  @Test
  void listsWhatServiceLoaderFoundWhenNoProviderHasTheName(@TempDir Path classpath)
      throws IOException {
    registerPlugins(classpath, KeepFilter.class);
    PluginManifest manifest = PluginManifest.builder("nobody", PluginType.MAP).build();

    PluginFailure failure =
        loadFailure(() -> withContextClassLoader(classpath, () -> runtime.load(manifest)));

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_MODULE);
    assertThat(failure.detail())
        .startsWith("no DataFlarePlugin named [nobody] was found by ServiceLoader (found: ")
        .contains(KeepFilter.class.getName() + " named [KeepFilter]");
  }

  /** Writes a ServiceLoader registration of {@code plugins} into the classpath folder. */
  @SafeVarargs
  private static void registerPlugins(Path classpath, Class<? extends DataFlarePlugin>... plugins)
      throws IOException {
    Path services = classpath.resolve("META-INF/services");
    Files.createDirectories(services);
    StringBuilder lines = new StringBuilder();
    for (Class<?> plugin : plugins) {
      lines.append(plugin.getName()).append('\n');
    }
    Files.writeString(services.resolve(DataFlarePlugin.class.getName()), lines);
  }

  private static <T> T withContextClassLoader(Path classpath, Supplier<T> body) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classpath.toUri().toURL()}, NativeLoadingTests.class.getClassLoader())) {
      thread.setContextClassLoader(loader);
      return body.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Test
  void reportsAConstructorThatThrowsAsAPluginErrorNamingTheClassAndCause() {
    PluginFailure failure =
        loadFailure(
            () ->
                runtime.load(
                    FixturePlugin.manifestOf(FailingConstructorFilter.class, PluginType.FILTER)));

    assertThat(failure.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(failure.pluginName()).isEqualTo("FailingConstructorFilter");
    assertThat(failure.detail())
        .contains("the constructor of class [" + FailingConstructorFilter.class.getName() + "]")
        .contains("java.lang.IllegalStateException: licence file missing");
  }

  @Test
  void reportsAClassThatCannotBeFound() {
    PluginManifest manifest =
        PluginManifest.builder("ghost", PluginType.FILTER).className("com.example.Ghost").build();

    PluginFailure failure = loadFailure(() -> runtime.load(manifest));

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_MODULE);
    assertThat(failure.detail())
        .startsWith("class [com.example.Ghost] named in [plugin] class cannot be loaded");
  }

  @Test
  void reportsAClassThatIsNotAPlugin() {
    PluginManifest manifest =
        PluginManifest.builder("string", PluginType.FILTER).className("java.lang.String").build();

    assertThat(loadFailure(() -> runtime.load(manifest)).detail())
        .isEqualTo(
            "class [java.lang.String] does not implement io.dataflare.plugin.DataFlarePlugin");
  }

  @Test
  void reportsANameMismatchBetweenClassAndManifest() {
    PluginManifest manifest =
        PluginManifest.builder("MisnamedFilter", PluginType.FILTER)
            .className(MisnamedFilter.class.getName())
            .build();

    PluginFailure failure = loadFailure(() -> runtime.load(manifest));

    assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_MODULE);
    assertThat(failure.detail())
        .contains("its name() is [some-other-name] but the manifest names [MisnamedFilter]");
  }

  @Test
  void reportsATypeMismatchBetweenClassAndManifest() {
    PluginManifest manifest = FixturePlugin.manifestOf(TrimFilterMap.class, PluginType.MAP);

    assertThat(loadFailure(() -> runtime.load(manifest)).detail())
        .contains("its pluginType() is [filter_map] but the manifest declares type [map]");
  }

  @Test
  void refusesASupplierForAWasmManifest() {
    PluginManifest manifest = ManifestParser.parse(Manifests.path("valid-wasm.toml"));

    assertThatThrownBy(() -> runtime.load(manifest, KeepFilter::new))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a supplier is for native plugins");
  }

  @Test
  void refusesToLoadAfterTheRuntimeIsClosed() {
    runtime.close();

    assertThatThrownBy(
            () -> runtime.load(FixturePlugin.manifestOf(KeepFilter.class, PluginType.FILTER)))
        .isInstanceOf(IllegalStateException.class)
        .asInstanceOf(InstanceOfAssertFactories.THROWABLE)
        .hasMessageContaining("closed");
  }
}
