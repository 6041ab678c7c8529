package io.dataflare.testkit.spec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TomlLineIndexTests {

  private static final String SPEC =
      """
      plugin = "plugin.toml"   # line 1

      [[case]]
      name = "first"
      input = [
        { value = "a" },
        { value_hex = "zz", key = "k" },
      ]
      expect.output = [ { value = "A" } ]

      [[case]]
      name = "second"
      batches = [
        [ "a" ],
        [
          { value = "b" },
        ],
      ]
      [case.expect]
      count = 2
      description = \"""
      spans
      lines\"""
      dropped = true

      [[case.expect.batches]]
      count = 1
      [[case.expect.batches]]
      'quoted key' = 2
      """;

  private final TomlLineIndex index = TomlLineIndex.of(SPEC);

  @Test
  void findsTopLevelKeys() {
    assertThat(index.line("plugin")).isEqualTo(1);
  }

  @Test
  void numbersArrayOfTablesElements() {
    assertThat(index.line("case[0]")).isEqualTo(3);
    assertThat(index.line("case[1]")).isEqualTo(11);
    assertThat(index.line("case[1].name")).isEqualTo(12);
  }

  @Test
  void findsElementsAndKeysOfMultiLineArrays() {
    assertThat(index.line("case[0].input[1]")).isEqualTo(7);
    assertThat(index.line("case[0].input[1].value_hex")).isEqualTo(7);
  }

  @Test
  void findsDottedKeysAndTheirInlineContent() {
    assertThat(index.line("case[0].expect.output")).isEqualTo(9);
    assertThat(index.line("case[0].expect.output[0].value")).isEqualTo(9);
  }

  @Test
  void findsNestedArrays() {
    assertThat(index.line("case[1].batches[0][0]")).isEqualTo(14);
    assertThat(index.line("case[1].batches[1][0]")).isEqualTo(16);
  }

  @Test
  void subTableHeadersBelongToTheLastArrayElement() {
    assertThat(index.line("case[1].expect")).isEqualTo(19);
    assertThat(index.line("case[1].expect.count")).isEqualTo(20);
  }

  @Test
  void countsTheLinesOfMultiLineStrings() {
    assertThat(index.line("case[1].expect.dropped")).isEqualTo(24);
  }

  @Test
  void numbersNestedArrayOfTablesPerParent() {
    assertThat(index.line("case[1].expect.batches[0]")).isEqualTo(26);
    assertThat(index.line("case[1].expect.batches[1].quoted key")).isEqualTo(29);
  }

  @Test
  void fallsBackToTheNearestWrittenParent() {
    assertThat(index.lineOrParent("case[0].input[1].metadata.source")).isEqualTo(7);
    assertThat(index.lineOrParent("benchmark[0]")).isZero();
  }
}
