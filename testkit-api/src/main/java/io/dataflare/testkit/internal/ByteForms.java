package io.dataflare.testkit.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Base64;
import java.util.HexFormat;
import org.apiguardian.api.API;

/** Decodes the hex and base64 forms of record values and keys, with messages naming the text. */
@API(status = INTERNAL, since = "0.1")
public final class ByteForms {
  private ByteForms() {}

  /**
   * Decodes hexadecimal text; spaces, underscores and a leading {@code 0x} are ignored.
   *
   * @throws IllegalArgumentException naming the text and what is wrong
   */
  public static byte[] hex(String text) {
    String digits = text.strip();
    if (digits.startsWith("0x") || digits.startsWith("0X")) {
      digits = digits.substring(2);
    }
    digits = digits.replace(" ", "").replace("_", "");
    if (digits.length() % 2 != 0) {
      throw new IllegalArgumentException(
          "["
              + text
              + "] is not hexadecimal bytes: it has an odd number of digits ("
              + digits.length()
              + ")");
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), 16) < 0) {
        throw new IllegalArgumentException(
            "["
                + text
                + "] is not hexadecimal bytes: ["
                + digits.charAt(i)
                + "] is not a hex digit");
      }
    }
    return HexFormat.of().parseHex(digits);
  }

  /**
   * Decodes standard or URL-safe base64, with or without padding.
   *
   * @throws IllegalArgumentException naming the text and what is wrong
   */
  public static byte[] base64(String text) {
    String trimmed = text.strip();
    try {
      if (trimmed.indexOf('-') >= 0 || trimmed.indexOf('_') >= 0) {
        return Base64.getUrlDecoder().decode(trimmed);
      }
      return Base64.getDecoder().decode(trimmed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("[" + text + "] is not base64: " + e.getMessage(), e);
    }
  }
}
