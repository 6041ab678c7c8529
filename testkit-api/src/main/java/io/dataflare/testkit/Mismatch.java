package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How an outcome missed an expectation.
 *
 * <p>The message's first line says what differs, naming the record index and field, e.g. {@code
 * output record [2] value differs}; a multi-line block in AssertJ style follows ("Expecting output
 * record [2] value:", the actual, "to be:", the expected). {@link #expected} and {@link #actual}
 * are printable multi-line texts an IDE can diff.
 *
 * @param message what differs, first line first
 * @param expected what the expectation wanted, printable
 * @param actual what the plugin did, printable
 */
@API(status = STABLE, since = "0.1")
public record Mismatch(String message, String expected, String actual) {
  public Mismatch {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }

  /** The first line of the message. */
  public String headline() {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** This mismatch with its first line prefixed by {@code case [name]: }. */
  public Mismatch inCase(String caseName) {
    return prefixed("case [" + caseName + "]: ");
  }

  /** This mismatch with its first line prefixed by {@code batch [index] }. */
  public Mismatch inBatch(int batchIndex) {
    return prefixed("batch [" + batchIndex + "] ");
  }

  private Mismatch prefixed(String prefix) {
    return new Mismatch(prefix + message, expected, actual);
  }

  @Override
  public String toString() {
    return message;
  }
}
