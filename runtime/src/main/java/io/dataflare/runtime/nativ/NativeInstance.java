package io.dataflare.runtime.nativ;

import io.dataflare.plugin.BatchOutput;
import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.internal.CallMeter;
import io.dataflare.runtime.internal.FailureClassifier;
import io.dataflare.runtime.internal.OutputsBuilder;
import io.dataflare.runtime.internal.PluginCallException;
import io.dataflare.runtime.internal.PluginInstance;
import java.util.List;

/**
 * One native plugin object behind the runtime's instance SPI: it turns {@link PluginResult}s into
 * output records (a kept record is the input object itself, never a copy) and checks that every
 * result fits the declared plugin type.
 */
final class NativeInstance implements PluginInstance {
  private static final int SHOWN_VALUE_CHARS = 64;

  private static final PluginResult KEEP = PluginResult.keep();
  private static final PluginResult DROP = PluginResult.drop();

  private final DataFlarePlugin plugin;
  private final PluginType type;
  private final boolean batchOverridden;
  private final boolean outputOverridden;
  private final CheckedBatchOutput checkedOutput;
  private final OutputsBuilder outputs = new OutputsBuilder();
  private final boolean dropFits;

  NativeInstance(DataFlarePlugin plugin, PluginType type) {
    this.plugin = plugin;
    this.type = type;
    this.batchOverridden = overrides(plugin, List.class);
    this.outputOverridden = overrides(plugin, List.class, BatchOutput.class);
    this.checkedOutput = new CheckedBatchOutput(type);
    this.dropFits = ResultRules.violation(type, DROP) == null;
  }

  private static boolean overrides(DataFlarePlugin plugin, Class<?>... processBatchParameters) {
    try {
      return plugin.getClass().getMethod("processBatch", processBatchParameters).getDeclaringClass()
          != DataFlarePlugin.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  @Override
  public List<OutputRecord> call(List<PluginRecord> batch, CallMeter meter)
      throws PluginCallException {
    outputs.begin(batch);
    if (outputOverridden) {
      processIntoOutput(batch);
    } else if (batchOverridden) {
      List<PluginResult> results = processWholeBatch(batch);
      for (int i = 0; i < batch.size(); i++) {
        adapt(i, batch.get(i), results.get(i), outputs);
      }
    } else {
      // one record at a time, so an exception names the record that caused it
      for (int i = 0; i < batch.size(); i++) {
        PluginRecord record = batch.get(i);
        meter.processing(i);
        PluginResult result;
        try {
          result = plugin.process(record);
        } catch (Throwable e) {
          throw FailureClassifier.classify(e, false, i);
        }
        adapt(i, record, result, outputs);
      }
    }
    return outputs.build();
  }

  private void processIntoOutput(List<PluginRecord> batch) throws PluginCallException {
    checkedOutput.begin(batch, outputs);
    try {
      plugin.processBatch(batch, checkedOutput);
    } catch (Throwable e) {
      throw FailureClassifier.classify(e, false, -1);
    }
    String problem = checkedOutput.problem();
    if (problem != null) {
      throw new PluginCallException(
          FailureKind.PLUGIN_ERROR, checkedOutput.problemIndex(), problem);
    }
  }

  private List<PluginResult> processWholeBatch(List<PluginRecord> batch)
      throws PluginCallException {
    List<PluginResult> results;
    try {
      results = plugin.processBatch(batch);
    } catch (Throwable e) {
      throw FailureClassifier.classify(e, false, -1);
    }
    if (results == null || results.size() != batch.size()) {
      throw new PluginCallException(
          FailureKind.PLUGIN_ERROR,
          -1,
          "processBatch returned "
              + (results == null ? "null" : "[" + results.size() + "] results")
              + " for ["
              + batch.size()
              + "] records; return exactly one result per record, in order");
    }
    return results;
  }

  private void adapt(int index, PluginRecord record, PluginResult result, OutputsBuilder out)
      throws PluginCallException {
    // the shared keep and drop results, which fit every type but a map's drop, first
    if (result == KEEP) {
      out.keep(index);
      return;
    }
    if (result == DROP && dropFits) {
      return;
    }
    if (result == null) {
      throw new PluginCallException(
          FailureKind.PLUGIN_ERROR,
          index,
          "the plugin returned null for "
              + shown(record)
              + "; return PluginResult.keep(), drop()"
              + " or another result");
    }
    String violation = ResultRules.violation(type, result);
    if (violation != null) {
      throw new PluginCallException(
          FailureKind.PLUGIN_ERROR,
          index,
          "result ["
              + result
              + "] for "
              + shown(record)
              + " does not fit plugin type ["
              + type.manifestName()
              + "]: "
              + violation);
    }
    if (result instanceof PluginResult.Keep) {
      out.keep(index);
    } else if (result instanceof PluginResult.Replace replace) {
      out.addValue(index, replace.value());
    } else if (result instanceof PluginResult.Emit emit) {
      for (byte[] value : emit.values()) {
        out.addValue(index, value);
      }
    } else if (result instanceof PluginResult.Failure failure) {
      String detail = failure.message();
      if (failure.kind() != FailureKind.PLUGIN_ERROR) {
        detail += " (the plugin reported it as " + failure.kind() + ")";
      }
      throw new PluginCallException(FailureKind.PLUGIN_ERROR, index, detail);
    }
    // drop: nothing to pass on
  }

  private static String shown(PluginRecord record) {
    String value = PluginRecord.printable(record.valueBytes());
    if (value.length() > SHOWN_VALUE_CHARS) {
      value = value.substring(0, SHOWN_VALUE_CHARS) + "...";
    }
    return "the record with value " + value;
  }

  @Override
  public void reset() throws PluginCallException {
    try {
      plugin.reset();
    } catch (Throwable e) {
      PluginCallException failure = FailureClassifier.classify(e, false, -1);
      throw new PluginCallException(
          failure.kind(), -1, "reset() failed: " + failure.getMessage(), e);
    }
  }

  @Override
  public long memoryBytes() {
    return -1;
  }

  @Override
  public void close() {
    try {
      plugin.close();
    } catch (Throwable e) {
      // closing is best effort: the instance is gone either way
    }
  }
}
