package io.dataflare.plugin.legacy;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Runs an old {@link SmartPlugin} as a {@link DataFlarePlugin}: each record is copied into a {@link
 * LegacyRecord}, and each {@link LegacyResult} becomes the matching {@link PluginResult}: {@code
 * filtered(true)} keeps, {@code filtered(false)} drops, {@code mapped} replaces, {@code multiple}
 * emits, {@code error} fails the record with {@code PLUGIN_ERROR}.
 *
 * <pre>{@code
 * runtime.load(manifest, () -> new LegacyPluginAdapter(new MyOldFilter()));
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class LegacyPluginAdapter implements DataFlarePlugin {
  private final SmartPlugin legacy;
  private final PluginType type;

  /**
   * Wraps an old plugin.
   *
   * @throws IllegalArgumentException naming the value when its {@code getPluginType()} is not a
   *     known type
   */
  public LegacyPluginAdapter(SmartPlugin legacy) {
    this.legacy = Objects.requireNonNull(legacy, "legacy");
    this.type = typeOf(legacy);
  }

  private static PluginType typeOf(SmartPlugin legacy) {
    String declared = String.valueOf(legacy.getPluginType());
    try {
      return PluginType.fromManifestName(
          declared.trim().toLowerCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Legacy plugin ["
              + legacy.getName()
              + "] ("
              + legacy.getClass().getName()
              + ") declares unknown plugin type ["
              + declared
              + "]: make getPluginType() return one of filter, map, filter_map, flat_map,"
              + " aggregate",
          e);
    }
  }

  /** The wrapped plugin. */
  public SmartPlugin legacyPlugin() {
    return legacy;
  }

  @Override
  public String name() {
    return legacy.getName();
  }

  @Override
  public String version() {
    return legacy.getVersion();
  }

  @Override
  public PluginType pluginType() {
    return type;
  }

  /** Hands the old plugin its configuration as a mutable map, as it used to get it. */
  @Override
  public void init(PluginConfig config) {
    legacy.initialize(new LinkedHashMap<>(config.asMap()));
  }

  @Override
  public PluginResult process(PluginRecord record) {
    LegacyResult result = legacy.process(LegacyRecord.copyOf(record));
    if (result == null) {
      return PluginResult.failure(
          FailureKind.PLUGIN_ERROR,
          "legacy plugin [" + legacy.getName() + "] returned null instead of a LegacyResult");
    }
    switch (result.kind()) {
      case FILTERED:
        return result.passed() ? PluginResult.keep() : PluginResult.drop();
      case MAPPED:
        return PluginResult.replace(result.value());
      case MULTIPLE:
        return PluginResult.emit(result.values());
      default:
        return PluginResult.failure(FailureKind.PLUGIN_ERROR, result.error());
    }
  }

  @Override
  public String toString() {
    return "LegacyPluginAdapter[" + legacy.getClass().getName() + "]";
  }
}
