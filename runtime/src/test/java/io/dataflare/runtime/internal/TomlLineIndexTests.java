package io.dataflare.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TomlLineIndexTests {

  @Test
  void findsKeysUnderTheirTables() {
    TomlLineIndex index = TomlLineIndex.of("[plugin]\nname = \"x\"\n\n[runtime]\nbatch_size = 5\n");

    assertThat(index.lineOf("plugin")).isEqualTo(1);
    assertThat(index.lineOf("plugin.name")).isEqualTo(2);
    assertThat(index.lineOf("runtime.batch_size")).isEqualTo(5);
  }

  @Test
  void fallsBackToTheClosestDefinedParent() {
    TomlLineIndex index = TomlLineIndex.of("# comment\n[config]\nnested = { a = 1 }\n");

    assertThat(index.lineOf("config.missing")).isEqualTo(2);
    assertThat(index.lineOf("config.nested.a")).isEqualTo(3);
    assertThat(index.lineOf("other")).isZero();
  }

  @Test
  void countsLinesInsideMultiLineStringsAndArrays() {
    String text =
        "[config]\n"
            + "text = \"\"\"\nline [not.a.table]\nkey = 1\n\"\"\"\n"
            + "list = [\n  \"a\", # comment ]\n  'b',\n]\n"
            + "after = 1\n";

    TomlLineIndex index = TomlLineIndex.of(text);

    assertThat(index.lineOf("config.after")).isEqualTo(10);
    assertThat(index.lineOf("not.a.table")).isZero();
    assertThat(index.lineOf("config.key")).isEqualTo(1); // only the table: not a key
  }

  @Test
  void readsQuotedAndDottedKeys() {
    TomlLineIndex index = TomlLineIndex.of("[\"my table\"]\nsite.\"google.com\" = true\n");

    assertThat(index.lineOf("my table.site.google.com")).isEqualTo(2);
  }

  @Test
  void remembersTheFirstRedefinition() {
    TomlLineIndex index = TomlLineIndex.of("[a]\nx = 1\ny = 2\nx = 3\n");

    assertThat(index.firstDuplicateLine()).isEqualTo(4);
  }
}
