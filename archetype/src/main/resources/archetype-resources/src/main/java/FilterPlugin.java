package ${package};

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import java.nio.charset.StandardCharsets;

/**
 * A filter: keeps the records whose value contains {@code error} and drops the others. It reads
 * the value in place ({@link PluginRecord#valueAt}): a filter never copies values.
 */
public final class FilterPlugin implements DataFlarePlugin {
  private static final byte[] NEEDLE = "error".getBytes(StandardCharsets.UTF_8);

  @Override
  public String name() {
    return "${pluginName}";
  }

  @Override
  public String version() {
    return "${version}";
  }

  @Override
  public PluginType pluginType() {
    return PluginType.FILTER;
  }

  // tag::process[]
  @Override
  public PluginResult process(PluginRecord record) {
    return contains(record, NEEDLE) ? PluginResult.keep() : PluginResult.drop();
  }

  private static boolean contains(PluginRecord record, byte[] needle) {
    for (int start = 0; start + needle.length <= record.valueLength(); start++) {
      int k = 0;
      while (k < needle.length && record.valueAt(start + k) == needle[k]) {
        k++;
      }
      if (k == needle.length) {
        return true;
      }
    }
    return false;
  }
  // end::process[]
}
