package io.dataflare.runtime.wasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.PluginException;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import io.dataflare.runtime.internal.CallMeter;
import io.dataflare.runtime.internal.PluginCallException;
import io.dataflare.runtime.internal.PluginInstance;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Modules, manifests and records the WASM backend tests share. */
final class WasmFixtures {
  static final PluginLog SILENT = (level, message) -> {};

  private WasmFixtures() {}

  /** A test module from {@code src/test/resources/wasm}, by name without extension. */
  static Path fixture(String name) {
    URL url = WasmFixtures.class.getResource("/wasm/" + name + ".wasm");
    assertThat(url).as("test fixture [%s.wasm]", name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A sample's built module, e.g. {@code sample("01-wasm-filter", "filter.wasm")}. */
  static Path sample(String folder, String module) {
    return Path.of("..", "samples", folder, "plugin", module).toAbsolutePath().normalize();
  }

  static PluginManifest.Builder manifest(Path module, PluginType type) {
    String name = module.getFileName().toString().replace(".wasm", "");
    return PluginManifest.builder(name, type).module(module);
  }

  static PluginManifest manifest(String fixture, PluginType type) {
    return manifest(fixture(fixture), type).build();
  }

  /** The misbehaving fixture as a plugin of this type, misbehaving the way {@code mode} says. */
  static PluginManifest misbehaving(PluginType type, String mode) {
    return manifest(fixture("misbehaving"), type)
        .config(PluginConfig.of(Map.of("mode", mode)))
        .build();
  }

  static WasmInstanceFactory prepare(PluginManifest manifest) {
    return prepare(manifest, ExecutionMode.COMPILED);
  }

  static WasmInstanceFactory prepare(PluginManifest manifest, ExecutionMode mode) {
    return WasmBackend.prepare(
        manifest, mode, SecurityPolicy.defaults(), new CompileCache(), SILENT);
  }

  /** The load failure of a manifest that must not load under the default policy. */
  static PluginException loadFailure(PluginManifest manifest) {
    return loadFailure(manifest, SecurityPolicy.defaults());
  }

  static PluginException loadFailure(PluginManifest manifest, SecurityPolicy policy) {
    PluginException failure =
        catchThrowableOfType(
            PluginException.class,
            () ->
                WasmBackend.prepare(
                    manifest, ExecutionMode.COMPILED, policy, new CompileCache(), SILENT));
    assertThat(failure).as("load failure of [%s]", manifest.plugin().name()).isNotNull();
    return failure;
  }

  /** The failure of a call that must fail. */
  static PluginCallException callFailure(PluginInstance instance, List<PluginRecord> batch) {
    PluginCallException failure =
        catchThrowableOfType(PluginCallException.class, () -> instance.call(batch, meter()));
    assertThat(failure).as("call failure").isNotNull();
    return failure;
  }

  static CallMeter meter() {
    return new CallMeter(0, false);
  }

  static List<PluginRecord> texts(String... values) {
    return Arrays.stream(values).map(PluginRecord::ofText).toList();
  }

  /** {@code count} records: every third value contains "error". */
  static List<PluginRecord> logLines(int count) {
    List<PluginRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String level = i % 3 == 0 ? "error" : i % 3 == 1 ? "info" : "warn";
      records.add(PluginRecord.ofText(i + " " + level + " something happened to item " + i));
    }
    return records;
  }

  static List<String> values(List<OutputRecord> outputs) {
    return outputs.stream().map(o -> o.record().valueAsString()).toList();
  }

  static List<Integer> sources(List<OutputRecord> outputs) {
    return outputs.stream().map(OutputRecord::sourceIndex).toList();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
