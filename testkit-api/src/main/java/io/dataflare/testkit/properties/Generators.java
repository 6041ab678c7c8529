package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.properties.internal.Batches;
import io.dataflare.testkit.properties.internal.JsonText;
import io.dataflare.testkit.properties.internal.Lists;
import io.dataflare.testkit.properties.internal.RecordParts;
import io.dataflare.testkit.properties.internal.Utf8Text;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Generators of records and their parts, and the few combinators needed to build others. Every one
 * draws only from {@link Choices}, so every one shrinks: lists lose elements, values get shorter,
 * JSON gets simpler, fields go back to their defaults.
 *
 * <pre>{@code
 * Property.forAll(Generators.records()).check(batch -> ...);             // a batch of records
 * Property.forAll(Generators.records(RecordShape.forPlugin(manifest)))    // sized by plugin.toml
 * Property.forAll(Generators.json(3)).check(json -> ...);                 // JSON text, depth 3
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Generators {
  private Generators() {}

  // ---- combinators

  /** Always {@code value}. */
  public static <T> Generator<T> constant(T value) {
    return choices -> value;
  }

  /** One of these values, shrinking towards the first. */
  @SafeVarargs
  public static <T> Generator<T> elements(T... values) {
    List<T> options = List.of(values);
    return choices -> choices.pick(options);
  }

  /** A value of one of these generators, shrinking towards the first. */
  @SafeVarargs
  public static <T> Generator<T> oneOf(Generator<? extends T>... generators) {
    List<Generator<? extends T>> options = List.of(generators);
    return choices -> choices.pick(options).generate(choices);
  }

  /** Numbers in {@code [min, max]}, shrinking towards {@code min}. */
  public static Generator<Long> longs(long min, long max) {
    return choices -> choices.between(min, max);
  }

  /** Numbers in {@code [min, max]}, shrinking towards {@code min}. */
  public static Generator<Integer> ints(int min, int max) {
    return choices -> (int) choices.between(min, max);
  }

  /** {@code false} or {@code true}, shrinking towards {@code false}. */
  public static Generator<Boolean> booleans() {
    return choices -> choices.chance(0.5);
  }

  /** Lists of up to {@code max} elements, longer as the size grows; shrinking drops elements. */
  public static <T> Generator<List<T>> lists(Generator<T> element, int max) {
    Objects.requireNonNull(element, "element");
    return choices ->
        Lists.many(
            choices, max, Lists.average(choices, 1, 0.1, max), () -> element.generate(choices));
  }

  /**
   * The ways to cut {@code list} into consecutive non-empty parts (random batch boundaries); the
   * simplest is one part, an empty list has none.
   */
  public static <T> Generator<List<List<T>>> splits(List<T> list) {
    List<T> copy = List.copyOf(list);
    return choices -> Batches.split(choices, copy);
  }

  // ---- parts of records

  /** Arbitrary bytes, at most 64 KiB. */
  public static Generator<byte[]> bytes() {
    return bytes(64 << 10);
  }

  /** Arbitrary bytes, at most {@code maxLength}. */
  public static Generator<byte[]> bytes(int maxLength) {
    return choices ->
        RecordParts.bytes(choices, maxLength, Lists.average(choices, 1, 0.3, maxLength));
  }

  /** Valid UTF-8 text with one- to four-byte characters, at most 4 KiB. */
  public static Generator<String> text() {
    return text(4 << 10);
  }

  /** Valid UTF-8 text, at most {@code maxBytes}. */
  public static Generator<String> text(int maxBytes) {
    return choices -> Utf8Text.text(choices, maxBytes, Lists.average(choices, 1, 0.2, maxBytes));
  }

  /**
   * UTF-8 bytes of at most {@code maxBytes}; with {@code invalid}, also sequences that are not
   * UTF-8 (stray continuation bytes, truncated and overlong forms, surrogates, 0xFE, 0xFF).
   */
  public static Generator<byte[]> utf8(int maxBytes, boolean invalid) {
    return choices ->
        Utf8Text.bytes(choices, maxBytes, Lists.average(choices, 1, 0.2, maxBytes), invalid);
  }

  /** JSON documents nested at most 4 deep. */
  public static Generator<String> json() {
    return json(4);
  }

  /** JSON documents nested at most {@code maxDepth} deep; the simplest is {@code {}}. */
  public static Generator<String> json(int maxDepth) {
    return choices -> JsonText.document(choices, maxDepth);
  }

  /** Keys: absent (the simplest), empty, short text or short bytes. */
  public static Generator<Optional<byte[]>> keys() {
    RecordShape shape = RecordShape.defaults();
    return choices -> RecordParts.key(choices, shape);
  }

  /** Metadata maps of up to four entries with common or short names; empty is the simplest. */
  public static Generator<Map<String, String>> metadata() {
    return RecordParts::metadata;
  }

  /** Timestamps: 0 (unknown), recent, any positive, or before the epoch. */
  public static Generator<Long> timestamps() {
    return RecordParts::timestamp;
  }

  /** Partitions: 0 up to {@code Integer.MAX_VALUE}, mostly small. */
  public static Generator<Integer> partitions() {
    return choices -> choices.chooseInt(Integer.MAX_VALUE);
  }

  /** Offsets: 0 up to {@code Long.MAX_VALUE}, mostly small. */
  public static Generator<Long> offsets() {
    return choices -> choices.choose(Long.MAX_VALUE);
  }

  // ---- records and batches

  /** One record of the default shape; the simplest has an empty value and nothing else. */
  public static Generator<PluginRecord> record() {
    return record(RecordShape.defaults());
  }

  /** One record of this shape. */
  public static Generator<PluginRecord> record(RecordShape shape) {
    return choices -> RecordParts.record(choices, shape);
  }

  /**
   * A batch of records of the default shape; the edge cases come first: the empty batch, one record
   * with an empty value, one record with the largest value, the largest batch.
   */
  public static Generator<List<PluginRecord>> records() {
    return records(RecordShape.defaults());
  }

  /** A batch of records of this shape, with its edge cases first. */
  public static Generator<List<PluginRecord>> records(RecordShape shape) {
    Generator<List<PluginRecord>> batch = choices -> Batches.batch(choices, shape);
    return batch.withEdgeCases(Batches.edgeCases(shape));
  }

  /**
   * One to four batches, for state carried across batches (an aggregate's running result); the
   * first batch's edge cases come first.
   */
  public static Generator<List<List<PluginRecord>>> batches(RecordShape shape) {
    Generator<List<List<PluginRecord>>> batches = choices -> Batches.batches(choices, shape);
    return batches.withEdgeCases(Batches.edgeCases(shape));
  }

  /** One to four batches of the default shape. */
  public static Generator<List<List<PluginRecord>>> batches() {
    return batches(RecordShape.defaults());
  }
}
