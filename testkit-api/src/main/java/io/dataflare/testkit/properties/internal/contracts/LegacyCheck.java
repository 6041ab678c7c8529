package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.legacy.LegacyPluginAdapter;
import io.dataflare.plugin.legacy.LegacyRecord;
import io.dataflare.plugin.legacy.LegacyResult;
import io.dataflare.plugin.legacy.SmartPlugin;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.PluginFailure;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.properties.Generator;
import io.dataflare.testkit.properties.Generators;
import io.dataflare.testkit.properties.RecordShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code legacy}: a legacy {@link SmartPlugin} run by the runtime through {@link
 * LegacyPluginAdapter} (pooled, batched, reset between callers) gives what the legacy plugin gives
 * called directly, record by record, on one instance configured with the same {@code [config]}, the
 * way the old host ran it: a passed filter keeps the record, a rejected one drops it, a mapped
 * value replaces it, multiple values are emitted, and an error (or an exception, or null) fails the
 * batch with {@code PLUGIN_ERROR} at that record.
 */
final class LegacyCheck implements ContractCheck<List<PluginRecord>> {
  private final Supplier<? extends SmartPlugin> legacy;
  private final PluginManifest manifest;
  private final Instances adapted;
  private final RecordShape shape;

  LegacyCheck(
      PluginSource plugin,
      Supplier<? extends SmartPlugin> legacy,
      ExecutionMode mode,
      RecordShape shape) {
    this.legacy = legacy;
    PluginManifest base = plugin.manifest();
    LegacyPluginAdapter probe = new LegacyPluginAdapter(legacy.get());
    this.manifest =
        PluginManifest.builder(probe.name(), probe.pluginType())
            .version(probe.version())
            .runtime(base.runtime())
            .config(base.config())
            .build();
    this.adapted =
        new Instances(PluginSource.of(manifest, () -> new LegacyPluginAdapter(legacy.get())), mode);
    this.shape = shape;
    adapted.shared();
  }

  @Override
  public Generator<List<PluginRecord>> inputs() {
    return Generators.records(shape);
  }

  @Override
  public void check(List<PluginRecord> batch) {
    Outcome viaAdapter = Calls.call(adapted.shared(), batch);
    if (viaAdapter.failed() && viaAdapter.kind() == FailureKind.TIMEOUT) {
      // too slow for its limit: that says nothing of agreement (robust does), and the direct call,
      // which has no limit, would be as slow
      return;
    }
    Outcome direct = direct(batch);
    if (!viaAdapter.sameAs(direct)) {
      throw ContractViolation.differ(
          "the legacy plugin run through LegacyPluginAdapter by the runtime and called directly"
              + " disagree",
          "through the adapter",
          viaAdapter.show(),
          "called directly",
          direct.show());
    }
  }

  private Outcome direct(List<PluginRecord> batch) {
    SmartPlugin plugin = legacy.get();
    plugin.initialize(new LinkedHashMap<>(manifest.config().asMap()));
    List<OutputRecord> outputs = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      PluginRecord record = batch.get(i);
      LegacyResult result;
      try {
        result = plugin.process(LegacyRecord.copyOf(record));
      } catch (RuntimeException e) {
        return failed(i, "process threw " + e);
      }
      if (result == null) {
        return failed(i, "process returned null");
      }
      switch (result.kind()) {
        case FILTERED -> {
          if (result.passed()) {
            outputs.add(new OutputRecord(i, record));
          }
        }
        case MAPPED -> outputs.add(new OutputRecord(i, record.withValue(result.value())));
        case MULTIPLE -> {
          for (byte[] value : result.values()) {
            outputs.add(new OutputRecord(i, record.withValue(value)));
          }
        }
        default -> {
          return failed(i, result.error());
        }
      }
    }
    return Outcome.success(outputs);
  }

  private Outcome failed(int index, String detail) {
    return Outcome.failed(
        new PluginFailure(FailureKind.PLUGIN_ERROR, manifest.plugin().name(), index, detail));
  }

  @Override
  public void close() {
    adapted.close();
  }
}
