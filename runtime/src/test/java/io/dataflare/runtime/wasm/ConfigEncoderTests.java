package io.dataflare.runtime.wasm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.PluginConfig;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How {@code [config]} values reach {@code dataflare_init}. */
class ConfigEncoderTests {

  @Test
  void encodesCountThenKeyAndValueWithTheirLengths() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("needle", "error");
    values.put("é", "ü");

    ByteBuffer out =
        ByteBuffer.wrap(ConfigEncoder.encode(PluginConfig.of(values)))
            .order(ByteOrder.LITTLE_ENDIAN);

    assertThat(out.getInt()).isEqualTo(2);
    assertThat(text(out)).isEqualTo("needle");
    assertThat(text(out)).isEqualTo("error");
    assertThat(text(out)).isEqualTo("é");
    assertThat(text(out)).isEqualTo("ü");
    assertThat(out.hasRemaining()).isFalse();
  }

  @Test
  void encodesAnEmptyConfigAsACountOfZero() {
    assertThat(ConfigEncoder.encode(PluginConfig.empty())).containsExactly(0, 0, 0, 0);
  }

  @Test
  void rendersScalarsAsTomlWritesThem() {
    assertThat(ConfigEncoder.render(42L)).isEqualTo("42");
    assertThat(ConfigEncoder.render(true)).isEqualTo("true");
    assertThat(ConfigEncoder.render(2.5)).isEqualTo("2.5");
    assertThat(ConfigEncoder.render(1e300)).isEqualTo("1.0e300");
    assertThat(ConfigEncoder.render(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(ConfigEncoder.render(Double.NaN)).isEqualTo("nan");
  }

  @Test
  void rendersArraysAndTablesAsJson() {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("a", 1);
    table.put("b", List.of("x", false));

    assertThat(ConfigEncoder.render(List.of(1, "two"))).isEqualTo("[1,\"two\"]");
    assertThat(ConfigEncoder.render(table)).isEqualTo("{\"a\":1,\"b\":[\"x\",false]}");
  }

  private static String text(ByteBuffer in) {
    byte[] bytes = new byte[in.getInt()];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
