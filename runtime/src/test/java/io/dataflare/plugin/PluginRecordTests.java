package io.dataflare.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A record's immutability and the records derived from it. */
class PluginRecordTests {
  private static final PluginRecord FULL =
      PluginRecord.builder()
          .value("before")
          .key("k-1")
          .metadata("source", "sensor-7")
          .metadata("region", "eu")
          .timestamp(1_700_000_000_000L)
          .partition(3)
          .offset(42)
          .build();

  @Test
  void withValueKeepsKeyMetadataAndPosition() {
    PluginRecord changed = FULL.withValue(bytes("after"));

    assertThat(changed.valueBytes()).isEqualTo(bytes("after"));
    assertThat(changed.keyBytes()).hasValue(bytes("k-1"));
    assertThat(changed.metadata())
        .containsExactly(Map.entry("source", "sensor-7"), Map.entry("region", "eu"));
    assertThat(changed.timestamp()).isEqualTo(FULL.timestamp());
    assertThat(changed.partition()).isEqualTo(3);
    assertThat(changed.offset()).isEqualTo(42);
    assertThat(changed).isEqualTo(FULL.toBuilder().value("after").build());
    assertThat(FULL.valueBytes()).isEqualTo(bytes("before"));
  }

  @Test
  void withValueOfARecordWithoutKeyHasNoKey() {
    PluginRecord changed = PluginRecord.ofText("a").withValue(bytes("b"));

    assertThat(changed.keyBytes()).isEmpty();
    assertThat(changed.metadata()).isEmpty();
  }

  @Test
  void withValueRejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> FULL.withValue(null)).withMessage("newValue");
  }

  @Test
  void metadataIsTheRecordsOwnAndCannotBeChanged() {
    Map<String, String> entries = new LinkedHashMap<>(Map.of("a", "1"));
    PluginRecord record = PluginRecord.builder().value("v").metadata(entries).build();
    entries.put("b", "2");

    assertThat(record.metadata()).containsOnlyKeys("a");
    assertThatThrownBy(() -> record.metadata().put("c", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> record.withValue(bytes("w")).metadata().put("c", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
