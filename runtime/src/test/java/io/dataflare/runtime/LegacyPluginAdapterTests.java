package io.dataflare.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.plugin.legacy.LegacyPluginAdapter;
import io.dataflare.runtime.fixtures.LegacyScribbler;
import io.dataflare.runtime.fixtures.LegacySinkPlugin;
import io.dataflare.runtime.fixtures.LegacyWordTool;
import io.dataflare.runtime.fixtures.Records;
import io.dataflare.runtime.fixtures.WordTool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LegacyPluginAdapterTests {
  private static final PluginManifest WORD_TOOL =
      PluginManifest.builder("word-tool", PluginType.FLAT_MAP)
          .config(PluginConfig.of(Map.of("suffix", "?")))
          .build();

  private final PluginRuntime runtime = PluginRuntime.builder().build();

  @AfterEach
  void close() {
    runtime.close();
  }

  @Test
  void givesTheSameOutputsAsTheEquivalentNewStylePlugin() {
    List<PluginRecord> batch = Records.texts("keep", "drop", "a,b,c", "hello", "");
    PluginHandle legacy =
        runtime.load(WORD_TOOL, () -> new LegacyPluginAdapter(new LegacyWordTool()));
    PluginHandle modern = runtime.load(WORD_TOOL, WordTool::new);

    BatchResult legacyResult = legacy.processBatch(batch);
    BatchResult modernResult = modern.processBatch(batch);

    assertThat(legacyResult.succeeded()).isTrue();
    assertThat(legacyResult.outputs()).isEqualTo(modernResult.outputs());
    assertThat(Records.values(legacyResult)).containsExactly("keep", "a", "b", "c", "HELLO?", "?");
  }

  @Test
  void givesTheSameFailureAsTheEquivalentNewStylePlugin() {
    List<PluginRecord> batch = Records.texts("ok", "bad");
    PluginHandle legacy =
        runtime.load(WORD_TOOL, () -> new LegacyPluginAdapter(new LegacyWordTool()));
    PluginHandle modern = runtime.load(WORD_TOOL, WordTool::new);

    PluginFailure legacyFailure = legacy.processBatch(batch).failure().orElseThrow();
    PluginFailure modernFailure = modern.processBatch(batch).failure().orElseThrow();

    assertThat(legacyFailure).isEqualTo(modernFailure);
    assertThat(legacyFailure.recordIndex()).isEqualTo(1);
  }

  @Test
  void readsTheOldTypeSpellings() {
    LegacyPluginAdapter adapter = new LegacyPluginAdapter(new LegacyWordTool());

    assertThat(adapter.pluginType()).isEqualTo(PluginType.FLAT_MAP);
    assertThat(adapter.name()).isEqualTo("word-tool");
    assertThat(adapter.version()).isEqualTo("0.9.0");
  }

  @Test
  void hidesTheInputFromAPluginThatScribblesOverItsCopy() {
    List<PluginRecord> batch = Records.texts("original");
    PluginManifest manifest = PluginManifest.builder("scribbler", PluginType.FILTER).build();
    PluginHandle handle =
        runtime.load(manifest, () -> new LegacyPluginAdapter(new LegacyScribbler()));

    BatchResult result = handle.processBatch(batch);

    assertThat(result.records()).containsExactly(batch.get(0));
    assertThat(batch.get(0).valueAsString()).isEqualTo("original");
    assertThat(batch.get(0).metadata()).containsEntry("source", "test");
  }

  @Test
  void rejectsAnUnknownOldTypeNamingIt() {
    assertThatThrownBy(() -> new LegacyPluginAdapter(new LegacySinkPlugin()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Legacy plugin [odd]")
        .hasMessageContaining("declares unknown plugin type [sink]");
  }
}
