package io.dataflare.runtime.wasm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The allocation-free UTF-8 encoder agrees with the JDK's, including on broken surrogates. */
class Utf8Tests {

  @ParameterizedTest
  @ValueSource(
      strings = {"", "ascii", "naïve", "☃ snow", "😀 emoji", "a\uD800b", "\uDC00", "end\uD83D"})
  void encodesLikeStringGetBytes(String text) {
    byte[] expected = text.getBytes(StandardCharsets.UTF_8);
    byte[] actual = new byte[Utf8.length(text) + 2];

    int end = Utf8.encode(text, actual, 1);

    assertThat(Utf8.length(text)).isEqualTo(expected.length);
    assertThat(end).isEqualTo(1 + expected.length);
    assertThat(java.util.Arrays.copyOfRange(actual, 1, end)).isEqualTo(expected);
  }
}
