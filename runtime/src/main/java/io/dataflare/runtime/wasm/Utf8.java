package io.dataflare.runtime.wasm;

/**
 * UTF-8 length and encoding of strings straight into a buffer, so that encoding metadata does not
 * allocate. Unpaired surrogates become {@code ?}, as {@link String#getBytes} does.
 */
final class Utf8 {
  private Utf8() {}

  static int length(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        length += 1;
      } else {
        length += 3;
      }
    }
    return length;
  }

  /** Writes {@code text} at {@code offset}; returns the offset after it. */
  static int encode(String text, byte[] dest, int offset) {
    int at = offset;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        dest[at++] = (byte) c;
      } else if (c < 0x800) {
        dest[at++] = (byte) (0xC0 | (c >> 6));
        dest[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        dest[at++] = (byte) (0xF0 | (cp >> 18));
        dest[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        dest[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        dest[at++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        dest[at++] = '?';
      } else {
        dest[at++] = (byte) (0xE0 | (c >> 12));
        dest[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        dest[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return at;
  }
}
