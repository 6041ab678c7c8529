package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.FailureKind;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Why a call failed: the kind, the plugin, the record index in the batch ({@code -1} when the
 * failure concerns the whole batch) and a message that says what to do.
 *
 * @param kind what went wrong
 * @param pluginName the plugin that failed
 * @param recordIndex index of the offending record in the batch, or -1
 * @param detail what happened, without the plugin name, index or hint
 */
@API(status = STABLE, since = "0.1")
public record PluginFailure(FailureKind kind, String pluginName, int recordIndex, String detail) {

  public PluginFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pluginName, "pluginName");
    Objects.requireNonNull(detail, "detail");
  }

  /** The full message: kind, plugin, record, detail and the fix. */
  public String message() {
    String where = recordIndex < 0 ? "the batch" : "record [" + recordIndex + "]";
    return kind
        + " in plugin ["
        + pluginName
        + "] at "
        + where
        + ": "
        + detail
        + " (to fix: "
        + kind.hint()
        + ")";
  }

  @Override
  public String toString() {
    return message();
  }
}
