package io.dataflare.plugin.legacy;

import static org.apiguardian.api.API.Status.DEPRECATED;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * The old plugin interface: one synchronous call per record returning a result or an error,
 * configured with a plain map. Kept so old plugins still run: wrap one in a {@link
 * LegacyPluginAdapter}. New plugins implement {@link io.dataflare.plugin.DataFlarePlugin}.
 */
@API(status = DEPRECATED, since = "0.1")
public interface SmartPlugin {

  /** The plugin's name. */
  String getName();

  /** The plugin's version. */
  String getVersion();

  /**
   * The plugin's type as text: {@code filter}, {@code map}, {@code filter_map}, {@code flat_map} or
   * {@code aggregate} (case and {@code -} versus {@code _} do not matter).
   */
  String getPluginType();

  /** Receives the configuration once, before the first record. */
  default void initialize(Map<String, Object> config) {}

  /** Processes one record; reports a bad record with {@link LegacyResult#error}. */
  LegacyResult process(LegacyRecord record);
}
