package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The input a property failed on, after shrinking.
 *
 * @param value the shrunk input
 * @param shown the shrunk input as text (records as in {@code PluginRecord.toString})
 * @param originalShown the input as first found, before shrinking, as text (long values cut)
 * @param failure what the check threw on the shrunk input
 * @param tryIndex the try (from 0) that first failed
 * @param shrinkSteps how many times a smaller failing input was found
 * @param choices how many recorded choices make the shrunk input
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Counterexample(
    Object value,
    String shown,
    String originalShown,
    Throwable failure,
    int tryIndex,
    int shrinkSteps,
    int choices) {
  public Counterexample {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(originalShown, "originalShown");
    Objects.requireNonNull(failure, "failure");
  }

  /** The failure's message, or its type when it has none. */
  public String failureMessage() {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.toString() : message;
  }
}
