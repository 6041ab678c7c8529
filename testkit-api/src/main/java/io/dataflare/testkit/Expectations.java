package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.internal.Json;
import io.dataflare.testkit.internal.expect.AllOfExpectation;
import io.dataflare.testkit.internal.expect.BatchesExpectation;
import io.dataflare.testkit.internal.expect.ContainsExpectation;
import io.dataflare.testkit.internal.expect.CountExpectation;
import io.dataflare.testkit.internal.expect.DroppedExpectation;
import io.dataflare.testkit.internal.expect.FailureExpectation;
import io.dataflare.testkit.internal.expect.JsonContainsExpectation;
import io.dataflare.testkit.internal.expect.JsonEqualsExpectation;
import io.dataflare.testkit.internal.expect.MatchesExpectation;
import io.dataflare.testkit.internal.expect.MetadataExpectation;
import io.dataflare.testkit.internal.expect.OutputExpectation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Makes {@link Expectation}s. Every expectation except {@link #failure} also requires that no batch
 * failed; the "each output" ones ({@link #matches}, {@link #jsonContains}, {@link #metadata}) also
 * require at least one output, so they cannot pass vacuously.
 *
 * <p>JSON is compared parsed, never as text: key order, whitespace and number spelling ({@code 1}
 * and {@code 1.0}) do not matter. JSON containment means: an object contains another when it has
 * each of its fields with a value that contains that field's value, recursively; arrays and scalars
 * must be equal.
 */
@API(status = STABLE, since = "0.1")
public final class Expectations {
  private Expectations() {}

  /**
   * Exactly these output records, in order. Each record's value is compared byte for byte; its key
   * when it has one; its metadata, timestamp, partition and offset when non-empty or non-zero.
   */
  public static Expectation output(List<PluginRecord> records) {
    return new OutputExpectation(records.stream().map(ExpectedRecord::of).toList());
  }

  /**
   * Exactly these output records, in order; a value or key made with JSON is compared as JSON, and
   * fields not given are not compared. See {@link ExpectedRecord}.
   */
  public static Expectation output(RecordBuilder... records) {
    return new OutputExpectation(Arrays.stream(records).map(RecordBuilder::expected).toList());
  }

  /** Exactly these output records, in order, compared as {@link ExpectedRecord} says. */
  public static Expectation outputRecords(List<ExpectedRecord> records) {
    return new OutputExpectation(records);
  }

  /** Exactly these output values as UTF-8 text, in order; other fields are not compared. */
  public static Expectation outputValues(String... values) {
    return new OutputExpectation(Arrays.stream(values).map(ExpectedRecord::value).toList());
  }

  /** This many output records over all batches. */
  public static Expectation count(int count) {
    return new CountExpectation(count);
  }

  /** No output records (and no failure). */
  public static Expectation dropped() {
    return new DroppedExpectation();
  }

  /** Some output value, read as UTF-8, contains {@code text}. */
  public static Expectation contains(String text) {
    return new ContainsExpectation(text);
  }

  /**
   * Each output value, read as UTF-8, has a match of {@code pattern} ({@link
   * java.util.regex.Matcher#find()}: anchor with {@code ^} and {@code $} to match the whole value).
   */
  public static Expectation matches(Pattern pattern) {
    return new MatchesExpectation(pattern);
  }

  /**
   * As {@link #matches(Pattern)}.
   *
   * @throws java.util.regex.PatternSyntaxException when {@code regex} is not a valid pattern
   */
  public static Expectation matches(String regex) {
    return matches(Pattern.compile(regex));
  }

  /**
   * The output values are exactly these JSON documents, in order, compared as parsed JSON.
   *
   * @throws IllegalArgumentException naming the text when a document is not JSON
   */
  public static Expectation jsonEquals(String... documents) {
    List<JsonNode> parsed = new ArrayList<>(documents.length);
    for (String document : documents) {
      parsed.add(Json.parse(document));
    }
    return new JsonEqualsExpectation(parsed);
  }

  /**
   * Each output value is JSON containing this JSON (see the class comment for containment).
   *
   * @throws IllegalArgumentException naming the text when it is not JSON
   */
  public static Expectation jsonContains(String json) {
    return new JsonContainsExpectation(Json.parse(json));
  }

  /** Each output record has these metadata entries; it may have others. */
  public static Expectation metadata(Map<String, String> entries) {
    return new MetadataExpectation(entries);
  }

  /**
   * One expectation per batch of the case, in order, each checked against its batch alone (record
   * indexes count within the batch). The case must have exactly as many batches.
   */
  public static Expectation batches(List<Expectation> perBatch) {
    return new BatchesExpectation(perBatch);
  }

  /** As {@link #batches(List)}. */
  public static Expectation batches(Expectation... perBatch) {
    return batches(List.of(perBatch));
  }

  /**
   * The run fails with this kind; when {@code messageContains} is given, the failure's full message
   * (see {@link io.dataflare.runtime.PluginFailure#message()}) contains it.
   */
  public static Expectation failure(FailureKind kind, Optional<String> messageContains) {
    return new FailureExpectation(kind, messageContains);
  }

  /** The run fails with this kind. */
  public static Expectation failure(FailureKind kind) {
    return failure(kind, Optional.empty());
  }

  /** Every one of these, reporting the first that is not met. */
  public static Expectation allOf(Expectation... expectations) {
    return allOf(List.of(expectations));
  }

  /** Every one of these, reporting the first that is not met. */
  public static Expectation allOf(List<Expectation> expectations) {
    return new AllOfExpectation(expectations);
  }
}
