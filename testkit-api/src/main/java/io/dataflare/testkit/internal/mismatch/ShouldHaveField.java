package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.Mismatch;
import org.apiguardian.api.API;

/** One field of one output record differs (value, key, timestamp, partition, offset). */
@API(status = INTERNAL, since = "0.1")
public final class ShouldHaveField {
  private ShouldHaveField() {}

  /**
   * @param index the output record's index
   * @param field the field's name, e.g. {@code value}
   * @param expected the expected field, printable
   * @param actual the actual field, printable
   * @param expectedText what the IDE diff shows as expected
   * @param actualText what the IDE diff shows as actual
   */
  public static Mismatch create(
      int index,
      String field,
      String expected,
      String actual,
      String expectedText,
      String actualText) {
    String subject = "output record [" + index + "] " + field;
    return new Mismatch(
        subject + " differs\n" + Texts.expecting(subject, actual, "to be", expected),
        expectedText,
        actualText);
  }
}
