package io.dataflare.testkit.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataflare.testkit.RecordBuilder;
import io.dataflare.testkit.Records;
import io.dataflare.testkit.internal.ByteForms;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Reads records: inline tables with one value form ({@code value}, {@code value_json}, {@code
 * value_hex}, {@code value_base64}), at most one key form, and metadata, timestamp, partition,
 * offset. A bare string is shorthand for {@code { value = "..." }}.
 */
@API(status = INTERNAL, since = "0.1")
public final class RecordReader {
  private static final List<String> VALUE_FORMS =
      List.of("value", "value_json", "value_hex", "value_base64");
  private static final List<String> KEY_FORMS = List.of("key", "key_json", "key_hex", "key_base64");

  private RecordReader() {}

  /** Reads an array of records at {@code path}; empty when any record has a problem. */
  public static Optional<List<RecordBuilder>> readAll(
      JsonNode array, String path, Problems problems) {
    List<RecordBuilder> records = new ArrayList<>();
    boolean clean = true;
    for (int i = 0; i < array.size(); i++) {
      Optional<RecordBuilder> record = read(array.get(i), TomlLineIndex.element(path, i), problems);
      clean &= record.isPresent();
      record.ifPresent(records::add);
    }
    return clean ? Optional.of(records) : Optional.empty();
  }

  /** Reads one record at {@code path}; empty after reporting its problems. */
  public static Optional<RecordBuilder> read(JsonNode element, String path, Problems problems) {
    if (element.isTextual()) {
      return Optional.of(Records.text(element.textValue()));
    }
    if (!element.isObject()) {
      problems.add(
          path,
          "a record must be an inline table or a string but is " + SpecTable.describe(element),
          "write e.g. " + SpecKeys.RECORD.example("value"));
      return Optional.empty();
    }
    SpecTable table = new SpecTable((ObjectNode) element, path, SpecKeys.RECORD, problems);
    int before = problems.count();
    table.checkKeys();
    Optional<RecordBuilder> record = value(table);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    RecordBuilder builder = record.get();
    key(table, builder);
    table.stringTable("metadata").ifPresent(builder::metadata);
    timestamp(table).ifPresent(builder::timestamp);
    table
        .integer("partition", Integer.MIN_VALUE, Integer.MAX_VALUE)
        .ifPresent(p -> builder.partition(p.intValue()));
    table.integer("offset", Long.MIN_VALUE, Long.MAX_VALUE).ifPresent(builder::offset);
    return problems.count() == before ? Optional.of(builder) : Optional.empty();
  }

  private static Optional<RecordBuilder> value(SpecTable table) {
    List<String> given = VALUE_FORMS.stream().filter(table::has).toList();
    if (given.isEmpty()) {
      if (VALUE_FORMS.stream().anyMatch(table::suggested)) {
        return Optional.empty();
      }
      table
          .problems()
          .add(
              table.path(),
              "record has no value",
              "give exactly one of value, value_json, value_hex, value_base64, e.g. "
                  + SpecKeys.RECORD.example("value"));
      return Optional.empty();
    }
    if (given.size() > 1) {
      table
          .problems()
          .add(
              table.path(given.get(1)),
              "record has " + given.size() + " value forms " + given,
              "give exactly one of value, value_json, value_hex, value_base64");
      return Optional.empty();
    }
    return switch (given.get(0)) {
      case "value" -> table.string("value").map(Records::text);
      case "value_json" -> table.json("value_json").map(json -> Records.json(json.toString()));
      case "value_hex" -> decoded(table, "value_hex", Records::hex, "pairs of hex digits");
      default -> decoded(table, "value_base64", Records::base64, "base64");
    };
  }

  private static void key(SpecTable table, RecordBuilder builder) {
    List<String> given = KEY_FORMS.stream().filter(table::has).toList();
    if (given.size() > 1) {
      table
          .problems()
          .add(
              table.path(given.get(1)),
              "record has " + given.size() + " key forms " + given,
              "give at most one of key, key_json, key_hex, key_base64");
      return;
    }
    if (given.isEmpty()) {
      return;
    }
    switch (given.get(0)) {
      case "key" -> table.string("key").ifPresent(builder::key);
      case "key_json" -> table.json("key_json").ifPresent(json -> builder.keyJson(json.toString()));
      case "key_hex" ->
          decoded(table, "key_hex", ByteForms::hex, "pairs of hex digits").ifPresent(builder::key);
      default -> decoded(table, "key_base64", ByteForms::base64, "base64").ifPresent(builder::key);
    }
  }

  /** Decodes a hex or base64 string, reporting text that does not decode. */
  private static <T> Optional<T> decoded(
      SpecTable table, String key, Function<String, T> decode, String form) {
    Optional<String> text = table.string(key);
    try {
      return text.map(decode);
    } catch (IllegalArgumentException e) {
      table.problem(
          key, e.getMessage(), "write " + form + ", e.g. " + SpecKeys.RECORD.example(key));
      return Optional.empty();
    }
  }

  /** Milliseconds since the epoch, or a TOML offset date-time. */
  private static Optional<Long> timestamp(SpecTable table) {
    Optional<JsonNode> raw = table.raw("timestamp");
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    if (raw.get().isIntegralNumber()) {
      return Optional.of(raw.get().longValue());
    }
    if (raw.get().isTextual()) {
      try {
        return Optional.of(OffsetDateTime.parse(raw.get().textValue()).toInstant().toEpochMilli());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    table.problem(
        "timestamp",
        "must be milliseconds since the epoch or an offset date-time but is "
            + SpecTable.describe(raw.get()),
        "write e.g. timestamp = 1700000000000 or timestamp = 2024-01-15T10:00:00Z");
    return Optional.empty();
  }
}
