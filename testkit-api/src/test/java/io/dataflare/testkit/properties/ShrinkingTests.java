package io.dataflare.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.PluginRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failures shrink to the smallest input, with no shrinker written for any type. */
class ShrinkingTests {

  private static <T> Counterexample counterexample(Generator<T> generator, PropertyCheck<T> check) {
    PropertyResult result = Property.forAll(generator).withSeed(42).withTries(300).run(check);
    assertThat(result.passed()).as("the property should fail").isFalse();
    return result.counterexample().orElseThrow();
  }

  @Test
  void aBatchThatIsTooLongShrinksToExactlyOneRecordTooManyWithEmptyValues() {
    Counterexample found =
        counterexample(Generators.records(), batch -> assertThat(batch).hasSizeLessThan(3));

    @SuppressWarnings("unchecked")
    List<PluginRecord> batch = (List<PluginRecord>) found.value();
    assertThat(batch)
        .hasSize(3)
        .allSatisfy(record -> assertThat(record).isEqualTo(PluginRecord.of(new byte[0])));
  }

  @Test
  void aRecordWithABadByteShrinksToThatByteAlone() {
    Counterexample found =
        counterexample(
            Generators.records(RecordShape.defaults().withValues(ValueKind.BYTES)),
            batch -> {
              for (PluginRecord record : batch) {
                for (byte b : record.valueBytes()) {
                  assertThat(b & 0xFF).isLessThan(200);
                }
              }
            });

    assertThat(found.value()).isEqualTo(List.of(PluginRecord.of(new byte[] {(byte) 200})));
    assertThat(found.shown()).isEqualTo("a batch of 1 record:\n  [0] PluginRecord[value=hex:c8]");
  }

  @Test
  void anyValueKindShrinksToOneRecordWithAShortValueAndNothingElse() {
    Counterexample found =
        counterexample(
            Generators.records(),
            batch -> {
              for (PluginRecord record : batch) {
                for (byte b : record.valueBytes()) {
                  assertThat(b & 0xFF).isLessThan(200);
                }
              }
            });

    @SuppressWarnings("unchecked")
    List<PluginRecord> batch = (List<PluginRecord>) found.value();
    assertThat(batch)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.valueLength()).isBetween(1, 4);
              assertThat(record).isEqualTo(PluginRecord.of(record.valueBytes()));
            });
  }

  @Test
  void jsonWithAnArraySomewhereShrinksToTheEmptyArray() {
    Counterexample found =
        counterexample(Generators.json(), json -> assertThat(json).doesNotContain("["));

    assertThat(found.value()).isEqualTo("[]");
  }

  @Test
  void textWithAMultiByteCharacterShrinksToTheSmallestOne() {
    Counterexample found =
        counterexample(
            Generators.text(),
            text -> assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(text.length()));

    assertThat(found.value()).isEqualTo("\u0080");
  }

  @Test
  void aKeyRequirementShrinksToTheEmptyKeyAndNothingElse() {
    Counterexample found =
        counterexample(Generators.record(), record -> assertThat(record.hasKey()).isFalse());

    assertThat(found.value()).isEqualTo(PluginRecord.builder().key(new byte[0]).build());
  }

  @Test
  void reportsTheInputAsFirstFoundBesidesTheShrunkOne() {
    Counterexample found =
        counterexample(Generators.records(), batch -> assertThat(batch).hasSizeLessThan(3));

    assertThat(found.shrinkSteps()).isPositive();
    assertThat(found.originalShown()).isNotEqualTo(found.shown());
  }
}
