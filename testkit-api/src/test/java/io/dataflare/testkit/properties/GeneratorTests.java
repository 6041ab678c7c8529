package io.dataflare.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.PluginManifest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the generators make, over whole runs. */
class GeneratorTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every value a run of {@code tries} makes, in order. */
  private static <T> List<T> valuesOf(Generator<T> generator, int tries) {
    List<T> values = new ArrayList<>();
    Property.forAll(generator).withSeed(7).withTries(tries).check(values::add);
    return values;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void textIsValidUtf8WithCharactersOfEveryLength() {
    List<byte[]> texts = valuesOf(Generators.utf8(256, false), 300);

    assertThat(texts).allMatch(GeneratorTests::isUtf8);
    String all =
        String.join("", texts.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList());
    assertThat(
            all.codePoints()
                .map(c -> new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length)
                .distinct()
                .sorted()
                .toArray())
        .containsExactly(1, 2, 3, 4);
  }

  @Test
  void invalidUtf8IsMadeOnlyWhenAskedFor() {
    assertThat(valuesOf(Generators.utf8(256, true), 300)).anyMatch(b -> !isUtf8(b));
    assertThat(valuesOf(Generators.utf8(256, false), 300)).allMatch(GeneratorTests::isUtf8);
  }

  @Test
  void jsonDocumentsParseAndStayWithinTheirDepth() throws Exception {
    for (String document : valuesOf(Generators.json(3), 300)) {
      JsonNode parsed = JSON.readTree(document);
      assertThat(depth(parsed)).as(document).isLessThanOrEqualTo(3);
    }
  }

  private static int depth(JsonNode node) {
    int deepest = 0;
    for (JsonNode child : node) {
      deepest = Math.max(deepest, depth(child));
    }
    return node.isContainerNode() ? 1 + deepest : 0;
  }

  @Test
  void theSimplestValuesComeFirstThenTheEdgeCases() {
    RecordShape shape = RecordShape.defaults().withMaxBatch(50).withMaxValueBytes(3000);

    List<List<PluginRecord>> batches = valuesOf(Generators.records(shape), 5);

    assertThat(batches.get(0)).isEmpty();
    assertThat(batches.get(1)).containsExactly(PluginRecord.of(new byte[0]));
    assertThat(batches.get(2))
        .singleElement()
        .satisfies(r -> assertThat(r.valueLength()).isEqualTo(3000));
    assertThat(batches.get(3)).hasSize(50);
  }

  @Test
  void sizesGrowOverTheTries() {
    List<List<PluginRecord>> batches = valuesOf(Generators.records(), 200);

    assertThat(batches).hasSize(200);
    assertThat(medianSize(batches.subList(160, 200)))
        .isGreaterThan(2 * medianSize(batches.subList(4, 40)));
  }

  private static int medianSize(List<List<PluginRecord>> batches) {
    int[] sizes = batches.stream().mapToInt(List::size).sorted().toArray();
    return sizes[sizes.length / 2];
  }

  @Test
  void theShapeOfAPluginComesFromItsManifest() {
    PluginManifest manifest =
        PluginManifest.builder("p", PluginType.MAP)
            .runtime(new PluginManifest.Runtime(2, 1000, 7))
            .build();

    RecordShape shape = RecordShape.forPlugin(manifest);

    assertThat(shape.maxBatch()).isEqualTo(7);
    assertThat(shape.maxValueBytes()).isEqualTo(2 * 1024 * 1024 / 16);
  }

  @Test
  void keysAreAbsentEmptyOrPresent() {
    List<Optional<byte[]>> keys = valuesOf(Generators.keys(), 100);

    assertThat(keys).anyMatch(Optional::isEmpty);
    assertThat(keys).anyMatch(k -> k.isPresent() && k.get().length == 0);
    assertThat(keys).anyMatch(k -> k.isPresent() && k.get().length > 0);
  }

  @Test
  void recordsVaryEveryField() {
    List<PluginRecord> records = valuesOf(Generators.record(), 200);

    assertThat(records).anyMatch(r -> !r.metadata().isEmpty());
    assertThat(records).anyMatch(r -> r.timestamp() < 0);
    assertThat(records).anyMatch(r -> r.timestamp() > 0);
    assertThat(records).anyMatch(r -> r.partition() > 0);
    assertThat(records).anyMatch(r -> r.offset() > 0);
    assertThat(records).anyMatch(r -> r.valueLength() > 0 && r.valueBytes()[0] == '{');
  }

  @Test
  void splitsCutAListIntoConsecutiveNonEmptyParts() {
    List<Integer> list = List.of(1, 2, 3, 4, 5, 6);

    List<List<List<Integer>>> splits = valuesOf(Generators.splits(list), 100);

    assertThat(splits.get(0)).containsExactly(list);
    assertThat(splits)
        .allSatisfy(
            parts -> {
              assertThat(parts).allSatisfy(part -> assertThat(part).isNotEmpty());
              assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(list);
            });
    assertThat(splits).anyMatch(parts -> parts.size() > 2);
  }
}
