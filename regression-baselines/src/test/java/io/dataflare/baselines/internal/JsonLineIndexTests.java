package io.dataflare.baselines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLineIndexTests {
  private static final String DOCUMENT =
      """
      {
        "schema" : 1,
        "wallClock" : {
          "unit" : "us/op",
          "forks" : [
            100.0,
            null
          ]
        },
        "fingerprint" : { "schema" : 9 }
      }
      """;

  private final JsonLineIndex index = JsonLineIndex.of(DOCUMENT.getBytes(StandardCharsets.UTF_8));

  @Test
  void namesTheLineOfAFieldByItsPath() {
    assertThat(index.lineOf("schema")).isEqualTo(2);
    assertThat(index.lineOf("wallClock.unit")).isEqualTo(4);
    assertThat(index.lineOf("fingerprint.schema")).isEqualTo(10);
  }

  @Test
  void namesTheLineOfAnArrayElementByItsIndex() {
    assertThat(index.lineOf("wallClock.forks[1]")).isEqualTo(7);
  }

  @Test
  void namesTheLineOfTheObjectThatLacksAMissingField() {
    assertThat(index.lineOf("wallClock.direction")).isEqualTo(3);
    assertThat(index.lineOf("pluginVersion")).isEqualTo(1);
  }

  @Test
  void indexesTheElementsOfATopLevelArray() {
    JsonLineIndex array =
        JsonLineIndex.of("[\n  { \"a\" : 1 },\n  {\n    \"b\" : 2\n  }\n]".getBytes());
    assertThat(array.lineOf("[1].b")).isEqualTo(4);
    assertThat(array.lineOf("[0].a")).isEqualTo(2);
  }
}
