package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.internal.ByteForms;
import io.dataflare.testkit.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Starts records for specs, one factory per value form; chain {@code .key(..)}, {@code
 * .metadata(..)}, {@code .timestamp(..)}, {@code .partition(..)}, {@code .offset(..)} on the
 * result.
 *
 * <pre>{@code
 * Records.text("hello")
 * Records.json("{\"level\": \"info\"}").key("k1")
 * Records.hex("cafe01").metadata("format", "binary")
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class Records {
  private Records() {}

  /** A record whose value is this UTF-8 text. */
  public static RecordBuilder text(String text) {
    return new RecordBuilder(text.getBytes(StandardCharsets.UTF_8), false);
  }

  /**
   * A record whose value is this JSON (stored compact); as an expected output it is compared as
   * JSON, so formatting and key order do not matter.
   *
   * @throws IllegalArgumentException naming the text when it is not JSON
   */
  public static RecordBuilder json(String json) {
    return new RecordBuilder(Json.bytes(Json.parse(json)), true);
  }

  /** A record whose value is these bytes (copied). */
  public static RecordBuilder bytes(byte[] bytes) {
    return new RecordBuilder(bytes.clone(), false);
  }

  /**
   * A record whose value is these hexadecimal digits ({@code "cafe01"}; spaces, underscores and a
   * leading {@code 0x} are ignored).
   *
   * @throws IllegalArgumentException naming the text when it is not hex
   */
  public static RecordBuilder hex(String hex) {
    return new RecordBuilder(ByteForms.hex(hex), false);
  }

  /**
   * A record whose value is this base64 (standard or URL-safe, padding optional).
   *
   * @throws IllegalArgumentException naming the text when it is not base64
   */
  public static RecordBuilder base64(String base64) {
    return new RecordBuilder(ByteForms.base64(base64), false);
  }

  /** Records whose values are these UTF-8 texts, with nothing else set. */
  public static List<PluginRecord> texts(String... texts) {
    List<PluginRecord> records = new ArrayList<>(texts.length);
    for (String text : texts) {
      records.add(PluginRecord.ofText(text));
    }
    return List.copyOf(records);
  }
}
