package io.dataflare.runtime.wasm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataflare.plugin.PluginConfig;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Encodes the {@code [config]} table for {@code dataflare_init}: {@code u32 count}, then per entry
 * {@code u32 key_len, key, u32 value_len, value}, each value rendered as text (strings as they are,
 * numbers and booleans as TOML writes them, arrays and tables as JSON).
 */
final class ConfigEncoder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConfigEncoder() {}

  static byte[] encode(PluginConfig config) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeU32(out, config.asMap().size());
    for (Map.Entry<String, Object> entry : config.asMap().entrySet()) {
      writeText(out, entry.getKey());
      writeText(out, render(entry.getValue()));
    }
    return out.toByteArray();
  }

  /** A config value as the guest sees it. */
  static String render(Object value) {
    if (value instanceof Double || value instanceof Float) {
      return renderFloat(((Number) value).doubleValue());
    }
    if (value instanceof Map<?, ?>
        || value instanceof Collection<?>
        || value.getClass().isArray()) {
      try {
        return JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "Config value [" + value + "] cannot be rendered as JSON: " + e.getOriginalMessage(),
            e);
      }
    }
    return value.toString();
  }

  private static String renderFloat(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return Double.toString(value).toLowerCase(Locale.ROOT);
  }

  private static void writeText(ByteArrayOutputStream out, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    writeU32(out, bytes.length);
    out.writeBytes(bytes);
  }

  private static void writeU32(ByteArrayOutputStream out, int value) {
    out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
  }
}
