package io.dataflare.testkit.spec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every key a spec file accepts is documented, with an example, in docs/spec-files.md. */
class SpecKeysDocumentationTests {
  private static final Path DOC = Path.of("../docs/spec-files.md");

  /** Tables are documented by their header, e.g. {@code [[case]]}. */
  private static String topLevelRow(String key) {
    return switch (key) {
      case "plugin" -> key;
      case "properties" -> "[properties]";
      default -> "[[" + key + "]]";
    };
  }

  @Test
  void everyKeyHasARowInTheDocumentation() throws Exception {
    String doc = Files.readString(DOC);

    for (SpecKeys table : SpecKeys.values()) {
      for (String key : table.keyList().split(", ")) {
        String row = table == SpecKeys.TOP_LEVEL ? topLevelRow(key) : key;
        assertThat(doc).as("row of [%s] in %s", key, table).contains("| `" + row);
      }
    }
  }
}
