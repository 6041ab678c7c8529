package io.dataflare.runtime.wasm;

import static io.dataflare.runtime.wasm.WasmFixtures.callFailure;
import static io.dataflare.runtime.wasm.WasmFixtures.meter;
import static io.dataflare.runtime.wasm.WasmFixtures.prepare;
import static io.dataflare.runtime.wasm.WasmFixtures.sample;
import static io.dataflare.runtime.wasm.WasmFixtures.sources;
import static io.dataflare.runtime.wasm.WasmFixtures.texts;
import static io.dataflare.runtime.wasm.WasmFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.internal.PluginCallException;
import io.dataflare.runtime.internal.PluginInstance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three WASM samples plugin authors copy, run through the backend as the runtime does. */
class SampleWasmPluginsTests {

  /** A sample's own plugin.toml, read by the real manifest parser. */
  private static PluginManifest sampleManifest(String folder) {
    return ManifestParser.parse(Path.of("..", "samples", folder, "plugin.toml"));
  }

  /** The sample's manifest with its [config] replaced. */
  private static PluginManifest withConfig(PluginManifest manifest, Map<String, ?> config) {
    return new PluginManifest(
        manifest.source(),
        manifest.plugin(),
        manifest.dataflare(),
        manifest.build(),
        manifest.runtime(),
        manifest.test(),
        manifest.permissions(),
        PluginConfig.of(config));
  }

  private static PluginManifest filter(Map<String, ?> config) {
    return withConfig(sampleManifest("01-wasm-filter"), config);
  }

  private static PluginManifest jsonMap(Map<String, ?> config) {
    return withConfig(sampleManifest("02-wasm-map"), config);
  }

  private static PluginInstance aggregate() {
    return prepare(sampleManifest("03-wasm-aggregate")).create();
  }

  @Test
  void samplesManifestsNameTheirPluginsAndModules() {
    assertThat(sampleManifest("01-wasm-filter").plugin().name()).isEqualTo("error-filter");
    assertThat(sampleManifest("01-wasm-filter").config().asMap()).containsEntry("needle", "error");
    assertThat(sampleManifest("02-wasm-map").modulePath())
        .contains(sample("02-wasm-map", "json_map.wasm"));
    assertThat(sampleManifest("03-wasm-aggregate").plugin().type()).isEqualTo(PluginType.AGGREGATE);
  }

  @Test
  void filterWithItsOwnManifestKeepsErrors() throws Exception {
    PluginInstance instance = prepare(sampleManifest("01-wasm-filter")).create();

    assertThat(sources(instance.call(texts("ok", "an error"), meter()))).containsExactly(1);
  }

  @Test
  void filterKeepsRecordsContainingTheDefaultNeedle() throws Exception {
    PluginInstance instance = prepare(filter(Map.of())).create();

    List<OutputRecord> kept =
        instance.call(texts("an error here", "all fine", "error", "err or"), meter());

    assertThat(sources(kept)).containsExactly(0, 2);
  }

  @Test
  void filterKeepsTheInputRecordObjectsThemselves() throws Exception {
    List<PluginRecord> batch = texts("error one", "fine");
    PluginInstance instance = prepare(filter(Map.of())).create();

    List<OutputRecord> kept = instance.call(batch, meter());

    assertThat(kept).singleElement().satisfies(o -> assertThat(o.record()).isSameAs(batch.get(0)));
  }

  @Test
  void filterReadsItsNeedleFromConfig() throws Exception {
    PluginInstance instance = prepare(filter(Map.of("needle", "WARN"))).create();

    List<OutputRecord> kept = instance.call(texts("error", "a WARN b", "warn", "WARN"), meter());

    assertThat(sources(kept)).containsExactly(1, 3);
  }

  /**
   * The filter looks for the needle's first byte eight bytes at a time; this checks it against a
   * plain search on values of every length around the word size, over bytes that stress the word
   * trick (zero bytes, bytes with the high bit set, the first byte with its high bit set), with the
   * needle at word boundaries, repeated first bytes and near misses.
   */
  @ParameterizedTest
  @ValueSource(strings = {"error", "e", "rr", "xerror"})
  void filterAgreesWithAPlainSearchOnValuesOfEveryShape(String needle) throws Exception {
    byte[] alphabet = {'e', 'r', 'o', 'x', 0, (byte) 0x80, (byte) ('e' | 0x80), (byte) 0xFF};
    byte[] wanted = needle.getBytes(StandardCharsets.US_ASCII);
    Random random = new Random(needle.hashCode());
    List<PluginRecord> batch = new ArrayList<>();
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      byte[] value = new byte[random.nextInt(41)];
      for (int k = 0; k < value.length; k++) {
        value[k] = alphabet[random.nextInt(alphabet.length)];
      }
      if (value.length >= wanted.length && random.nextInt(3) == 0) {
        int at = random.nextInt(value.length - wanted.length + 1);
        System.arraycopy(wanted, 0, value, at, wanted.length);
      }
      batch.add(PluginRecord.of(value));
      if (containsPlainly(value, wanted)) {
        expected.add(i);
      }
    }
    PluginInstance instance = prepare(filter(Map.of("needle", needle))).create();

    assertThat(sources(instance.call(batch, meter()))).isEqualTo(expected);
  }

  private static boolean containsPlainly(byte[] value, byte[] needle) {
    for (int start = 0; start + needle.length <= value.length; start++) {
      if (Arrays.equals(value, start, start + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void filterOfAnEmptyBatchKeepsNothing() throws Exception {
    assertThat(prepare(filter(Map.of())).create().call(List.of(), meter())).isEmpty();
  }

  @Test
  void jsonMapUpperCasesTheConfiguredField() throws Exception {
    PluginInstance instance = prepare(jsonMap(Map.of("field", "city"))).create();

    List<OutputRecord> out =
        instance.call(
            texts("{\"name\":\"ada\", \"city\" : \"paris\\n\", \"n\":[1,{\"x\":\"y\"}]}"), meter());

    assertThat(values(out))
        .containsExactly("{\"name\":\"ada\", \"city\" : \"PARIS\\n\", \"n\":[1,{\"x\":\"y\"}]}");
  }

  @Test
  void jsonMapUsesTheNameFieldByDefault() throws Exception {
    PluginInstance instance = prepare(jsonMap(Map.of())).create();

    List<OutputRecord> out =
        instance.call(texts("{\"id\":{\"name\":\"inner\"},\"name\":\"grace hopper\"}"), meter());

    assertThat(values(out))
        .containsExactly("{\"id\":{\"name\":\"inner\"},\"name\":\"GRACE HOPPER\"}");
  }

  @Test
  void jsonMapKeepsRecordsWithoutTheFieldUnchanged() throws Exception {
    List<PluginRecord> batch = texts("{\"id\":1}", "{}", "{\"name\":42}");
    PluginInstance instance = prepare(jsonMap(Map.of())).create();

    List<OutputRecord> out = instance.call(batch, meter());

    assertThat(out).extracting(OutputRecord::record).containsExactlyElementsOf(batch);
    assertThat(out.get(0).record()).isSameAs(batch.get(0));
  }

  @Test
  void jsonMapFailsTheBatchAtAValueThatIsNotAnObject() {
    PluginInstance instance = prepare(jsonMap(Map.of())).create();

    PluginCallException failure =
        callFailure(instance, texts("{\"name\":\"a\"}", "{\"name\":\"b\"}", "[1,2]"));

    assertThat(failure.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(failure.recordIndex()).isEqualTo(2);
    assertThat(failure.getMessage()).isEqualTo("value is not a JSON object at byte 0");
  }

  @Test
  void jsonMapNamesWhereAMalformedObjectBreaks() {
    PluginInstance instance = prepare(jsonMap(Map.of())).create();

    PluginCallException failure = callFailure(instance, texts("{\"id\" 1}"));

    assertThat(failure.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(failure.getMessage()).isEqualTo("expected ':' after a field name at byte 6");
  }

  @Test
  void aggregateEmitsRunningTotalsAttachedToTheLastRecord() throws Exception {
    PluginInstance instance = aggregate();
    List<PluginRecord> first = texts("ab", "cde");

    List<OutputRecord> afterFirst = instance.call(first, meter());
    List<OutputRecord> afterSecond = instance.call(texts("fghij"), meter());

    assertThat(sources(afterFirst)).containsExactly(1);
    assertThat(values(afterFirst)).containsExactly("{\"count\":2,\"bytes\":5}");
    assertThat(values(afterSecond)).containsExactly("{\"count\":3,\"bytes\":10}");
  }

  @Test
  void aggregateEmitsNothingForAnEmptyBatch() throws Exception {
    assertThat(aggregate().call(List.of(), meter())).isEmpty();
  }

  @Test
  void aggregateStartsOverAfterReset() throws Exception {
    PluginInstance instance = aggregate();
    instance.call(texts("one", "two"), meter());

    instance.reset();

    assertThat(values(instance.call(texts("x"), meter())))
        .containsExactly("{\"count\":1,\"bytes\":1}");
  }

  @Test
  void aggregateOutputKeepsTheLastRecordsKeyAndMetadata() throws Exception {
    PluginRecord last =
        PluginRecord.builder().value("v").key("k").metadata("m", "1").offset(42).build();

    OutputRecord out = aggregate().call(List.of(PluginRecord.ofText("u"), last), meter()).get(0);

    assertThat(out.record())
        .isEqualTo(last.withValue(WasmFixtures.utf8("{\"count\":2,\"bytes\":2}")));
  }
}
