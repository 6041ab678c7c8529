package io.dataflare.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.plugin.PluginRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordsTests {

  @Test
  void textRecordHoldsTheTextAsUtf8() {
    PluginRecord record = Records.text("héllo").build();

    assertThat(record.valueBytes()).isEqualTo("héllo".getBytes(StandardCharsets.UTF_8));
    assertThat(record.hasKey()).isFalse();
    assertThat(record.metadata()).isEmpty();
  }

  @Test
  void jsonRecordStoresCompactJson() {
    PluginRecord record = Records.json("{ \"a\" : 1,\n \"b\": [true] }").build();

    assertThat(record.valueAsString()).isEqualTo("{\"a\":1,\"b\":[true]}");
  }

  @Test
  void jsonRecordRejectsTextThatIsNotJson() {
    assertThatThrownBy(() -> Records.json("{a: 1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("[{a: 1}] is not JSON: ");
  }

  @Test
  void hexRecordIgnoresPrefixSpacesAndUnderscores() {
    PluginRecord record = Records.hex("0xCA fe_01").build();

    assertThat(record.valueBytes()).containsExactly(0xca, 0xfe, 0x01);
  }

  @Test
  void hexRecordRejectsAnOddNumberOfDigits() {
    assertThatThrownBy(() -> Records.hex("abc"))
        .hasMessage("[abc] is not hexadecimal bytes: it has an odd number of digits (3)");
  }

  @Test
  void hexRecordRejectsANonHexDigit() {
    assertThatThrownBy(() -> Records.hex("zz"))
        .hasMessage("[zz] is not hexadecimal bytes: [z] is not a hex digit");
  }

  @Test
  void base64RecordDecodesStandardAndUrlSafeAlphabets() {
    assertThat(Records.base64("aGVsbG8=").build().valueAsString()).isEqualTo("hello");
    assertThat(Records.base64("-_8").build().valueBytes()).containsExactly(0xfb, 0xff);
  }

  @Test
  void base64RecordRejectsTextThatIsNotBase64() {
    assertThatThrownBy(() -> Records.base64("a$b")).hasMessageStartingWith("[a$b] is not base64: ");
  }

  @Test
  void chainedFieldsAllReachTheRecord() {
    PluginRecord record =
        Records.text("v")
            .key("k1")
            .metadata("source", "web")
            .metadata(Map.of("region", "eu"))
            .timestamp(Instant.ofEpochMilli(1_700_000_000_000L))
            .partition(3)
            .offset(42)
            .build();

    assertThat(record.keyBytes()).contains("k1".getBytes(StandardCharsets.UTF_8));
    assertThat(record.metadata())
        .containsExactly(Map.entry("source", "web"), Map.entry("region", "eu"));
    assertThat(record.timestamp()).isEqualTo(1_700_000_000_000L);
    assertThat(record.partition()).isEqualTo(3);
    assertThat(record.offset()).isEqualTo(42);
  }

  @Test
  void keyFormsDecodeLikeValueForms() {
    assertThat(Records.text("v").keyHex("01ff").build().keyBytes().orElseThrow())
        .containsExactly(0x01, 0xff);
    assertThat(Records.text("v").keyBase64("AQ==").build().keyBytes().orElseThrow())
        .containsExactly(0x01);
    assertThat(Records.text("v").keyJson("{ \"id\": 1 }").build().keyBytes().orElseThrow())
        .isEqualTo("{\"id\":1}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void builderCanBeBuiltTwiceIntoEqualRecords() {
    RecordBuilder builder = Records.text("v").key("k");

    assertThat(builder.build()).isEqualTo(builder.build());
  }

  @Test
  void expectedRecordKeepsOnlyTheFieldsGiven() {
    ExpectedRecord expected = Records.json("{\"a\": 1}").partition(2).expected();

    assertThat(expected.valueIsJson()).isTrue();
    assertThat(expected.key()).isEmpty();
    assertThat(expected.metadata()).isEmpty();
    assertThat(expected.timestamp()).isEmpty();
    assertThat(expected.partition()).hasValue(2);
    assertThat(expected).hasToString("{ value_json = \"{\\\"a\\\":1}\", partition = 2 }");
  }

  @Test
  void textsMakesPlainRecordsInOrder() {
    assertThat(Records.texts("a", "b"))
        .containsExactly(PluginRecord.ofText("a"), PluginRecord.ofText("b"));
  }
}
