package io.dataflare.testkit.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataflare.plugin.FailureKind;
import io.dataflare.testkit.Expectation;
import io.dataflare.testkit.Expectations;
import io.dataflare.testkit.RecordBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Reads a case's {@code expect} table, or one entry of {@code expect.batches}, into expectations.
 */
@API(status = INTERNAL, since = "0.1")
public final class ExpectReader {
  /** Keys that check outputs, so a failure (which has none) cannot be expected with them. */
  private static final List<String> OUTPUT_KEYS =
      List.of("output", "count", "dropped", "contains", "matches", "json_contains", "metadata");

  private static final String FAILURE_KINDS =
      Arrays.stream(FailureKind.values()).map(Enum::name).collect(Collectors.joining(", "));

  private ExpectReader() {}

  /**
   * Reads the expectations of a table, in documentation order; problems go to the table's problem
   * list.
   *
   * @param batchCount how many input batches the case has, which {@code batches} must match
   */
  public static List<Expectation> read(SpecTable expect, int batchCount) {
    expect.checkKeys();
    List<Expectation> expectations = new ArrayList<>();
    expect
        .array("output")
        .flatMap(a -> RecordReader.readAll(a, expect.path("output"), expect.problems()))
        .ifPresent(
            records ->
                expectations.add(
                    Expectations.outputRecords(
                        records.stream().map(RecordBuilder::expected).toList())));
    expect
        .integer("count", 0, Integer.MAX_VALUE)
        .ifPresent(c -> expectations.add(Expectations.count(c.intValue())));
    expect.bool("dropped").ifPresent(dropped -> dropped(expect, dropped, expectations));
    expect.string("contains").ifPresent(text -> expectations.add(Expectations.contains(text)));
    expect
        .string("matches")
        .flatMap(regex -> pattern(expect, regex))
        .ifPresent(p -> expectations.add(Expectations.matches(p)));
    expect
        .json("json_contains")
        .ifPresent(json -> expectations.add(Expectations.jsonContains(json.toString())));
    expect.stringTable("metadata").ifPresent(m -> expectations.add(Expectations.metadata(m)));
    if (expect.keys() == SpecKeys.EXPECT && expect.has("batches")) {
      batches(expect, batchCount).ifPresent(expectations::add);
    }
    failure(expect).ifPresent(expectations::add);
    return expectations;
  }

  private static void dropped(SpecTable expect, boolean dropped, List<Expectation> expectations) {
    if (dropped) {
      expectations.add(Expectations.dropped());
    } else {
      expect.problem(
          "dropped",
          "[false] expects nothing",
          "remove it, or expect the outputs with output or count");
    }
  }

  private static Optional<Pattern> pattern(SpecTable expect, String regex) {
    try {
      return Optional.of(Pattern.compile(regex));
    } catch (PatternSyntaxException e) {
      expect.problem(
          "matches",
          "["
              + regex
              + "] is not a valid regular expression: "
              + e.getDescription()
              + " near index "
              + e.getIndex(),
          "fix the pattern; in a TOML '...' literal string a backslash needs no escaping,"
              + " e.g. "
              + SpecKeys.EXPECT.example("matches"));
      return Optional.empty();
    }
  }

  private static Optional<Expectation> failure(SpecTable expect) {
    Optional<String> messageContains = expect.string("message_contains");
    if (!expect.has("failure")) {
      if (messageContains.isPresent()) {
        expect.problem(
            "message_contains",
            "needs [failure] beside it",
            "add the failure kind, e.g. " + SpecKeys.EXPECT.example("failure"));
      }
      return Optional.empty();
    }
    Optional<String> kindName = expect.string("failure");
    if (kindName.isEmpty()) {
      return Optional.empty();
    }
    FailureKind kind;
    try {
      kind = FailureKind.valueOf(kindName.get().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      expect.problem(
          "failure",
          "unknown failure kind [" + kindName.get() + "]",
          "use one of " + FAILURE_KINDS);
      return Optional.empty();
    }
    List<String> outputKeys = OUTPUT_KEYS.stream().filter(expect::has).toList();
    if (!outputKeys.isEmpty()) {
      expect.problem(
          "failure",
          "cannot be expected with " + outputKeys + ": a failed batch has no outputs",
          "expect the failure alone, or per batch with expect.batches");
      return Optional.empty();
    }
    return Optional.of(Expectations.failure(kind, messageContains));
  }

  private static Optional<Expectation> batches(SpecTable expect, int batchCount) {
    Optional<JsonNode> array = expect.array("batches");
    if (array.isEmpty()) {
      return Optional.empty();
    }
    if (array.get().size() != batchCount) {
      expect.problem(
          "batches",
          "has "
              + array.get().size()
              + " entries but the case has ["
              + batchCount
              + "] input batches",
          "give one expectation table per input batch");
      return Optional.empty();
    }
    String path = expect.path("batches");
    int before = expect.problems().count();
    List<Expectation> perBatch = new ArrayList<>();
    for (int i = 0; i < array.get().size(); i++) {
      JsonNode entry = array.get().get(i);
      String entryPath = TomlLineIndex.element(path, i);
      if (!entry.isObject()) {
        expect
            .problems()
            .add(
                entryPath,
                "must be a table but is " + SpecTable.describe(entry),
                "write e.g. " + SpecKeys.EXPECT.example("batches"));
        continue;
      }
      SpecTable table =
          new SpecTable((ObjectNode) entry, entryPath, SpecKeys.BATCH_EXPECT, expect.problems());
      List<Expectation> inBatch = read(table, 1);
      if (inBatch.isEmpty() && expect.problems().count() == before) {
        expect
            .problems()
            .add(
                entryPath,
                "expects nothing for batch [" + i + "]",
                "add an expectation, e.g. " + SpecKeys.BATCH_EXPECT.example("count"));
      }
      if (!inBatch.isEmpty()) {
        perBatch.add(inBatch.size() == 1 ? inBatch.get(0) : Expectations.allOf(inBatch));
      }
    }
    return expect.problems().count() == before
        ? Optional.of(Expectations.batches(perBatch))
        : Optional.empty();
  }
}
