package io.dataflare.testkit.properties.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.properties.Choices;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * UTF-8 text as choices, one character class per character: letters and digits (the simplest),
 * printable ASCII, control characters, and two-, three- and four-byte characters; with {@code
 * invalid}, also byte sequences that are not UTF-8 (a stray continuation byte, a lead byte without
 * its continuation, an overlong form, an encoded surrogate, 0xFE and 0xFF).
 */
@API(status = INTERNAL, since = "0.1")
public final class Utf8Text {
  private static final String SIMPLE = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final byte[][] INVALID = {
    {(byte) 0x80},
    {(byte) 0xBF},
    {(byte) 0xC3},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xC0, (byte) 0x80},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xFE},
    {(byte) 0xFF},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
  };

  private Utf8Text() {}

  /** Text of at most {@code maxBytes} bytes, about {@code average} characters at random. */
  public static byte[] bytes(Choices choices, int maxBytes, double average, boolean invalid) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // a character takes at most 4 bytes, so this many always fit; each is written as it is drawn
    Lists.many(choices, maxBytes / 4, average, () -> character(choices, invalid, out));
    return out.toByteArray();
  }

  /** Valid text as a string. */
  public static String text(Choices choices, int maxBytes, double average) {
    return new String(bytes(choices, maxBytes, average, false), StandardCharsets.UTF_8);
  }

  /** Draws one character (or invalid sequence) and writes it; returns its class. */
  private static Object character(Choices choices, boolean invalid, ByteArrayOutputStream out) {
    int kind = choices.chooseInt(invalid ? 6 : 5);
    switch (kind) {
      case 0 -> out.write(SIMPLE.charAt(choices.chooseInt(SIMPLE.length() - 1)));
      case 1 -> out.write(0x20 + choices.chooseInt(0x7E - 0x20));
      case 2 -> {
        int control = choices.chooseInt(0x20);
        out.write(control == 0x20 ? 0x7F : control);
      }
      case 3 -> writeCodePoint(out, 0x80 + choices.chooseInt(0x7FF - 0x80));
      case 4 -> {
        int codePoint = 0x800 + choices.chooseInt(0xFFFF - 0x800 - 0x800);
        writeCodePoint(out, codePoint >= 0xD800 ? codePoint + 0x800 : codePoint);
      }
      case 5 -> writeCodePoint(out, 0x10000 + choices.chooseInt(0x10FFFF - 0x10000));
      default -> out.writeBytes(INVALID[choices.chooseInt(INVALID.length - 1)]);
    }
    return kind;
  }

  private static void writeCodePoint(ByteArrayOutputStream out, int codePoint) {
    out.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
  }
}
