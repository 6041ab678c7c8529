package io.dataflare.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default {@code processBatch(records, output)}: the list form's results, passed on. */
class BatchOutputDefaultTests {

  @Test
  void passesEachResultOnByItsRecordIndexAndSaysNothingForADrop() {
    DataFlarePlugin plugin =
        plugin(
            PluginResult.keep(),
            PluginResult.drop(),
            PluginResult.replace("B"),
            PluginResult.emit(List.of(bytes("c1"), bytes("c2"))));
    RecordingOutput output = new RecordingOutput();

    plugin.processBatch(records(4), output);

    assertThat(output.calls)
        .containsExactly("keep(0)", "replace(2, B)", "emit(3, c1)", "emit(3, c2)");
  }

  @Test
  void stopsAtTheFirstFailure() {
    DataFlarePlugin plugin =
        plugin(
            PluginResult.keep(),
            PluginResult.failure(FailureKind.PLUGIN_ERROR, "not a number"),
            PluginResult.keep());
    RecordingOutput output = new RecordingOutput();

    plugin.processBatch(records(3), output);

    assertThat(output.calls).containsExactly("keep(0)", "fail(1, not a number)");
  }

  private static DataFlarePlugin plugin(PluginResult... results) {
    return new DataFlarePlugin() {
      @Override
      public String name() {
        return "scripted";
      }

      @Override
      public String version() {
        return "1.0.0";
      }

      @Override
      public PluginType pluginType() {
        return PluginType.FLAT_MAP;
      }

      @Override
      public PluginResult process(PluginRecord record) {
        throw new AssertionError("processBatch(List) is overridden");
      }

      @Override
      public List<PluginResult> processBatch(List<PluginRecord> records) {
        return List.of(results);
      }
    };
  }

  private static List<PluginRecord> records(int count) {
    List<PluginRecord> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      records.add(PluginRecord.ofText("r" + i));
    }
    return records;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static final class RecordingOutput implements BatchOutput {
    final List<String> calls = new ArrayList<>();

    @Override
    public void keep(int index) {
      calls.add("keep(" + index + ")");
    }

    @Override
    public void replace(int index, byte[] value) {
      calls.add("replace(" + index + ", " + new String(value, StandardCharsets.UTF_8) + ")");
    }

    @Override
    public void emit(int index, byte[] value) {
      calls.add("emit(" + index + ", " + new String(value, StandardCharsets.UTF_8) + ")");
    }

    @Override
    public void fail(int index, String message) {
      calls.add("fail(" + index + ", " + message + ")");
    }
  }
}
