package io.dataflare.runtime.internal;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.CallLimits;
import io.dataflare.runtime.PluginFailure;
import io.dataflare.runtime.PluginSession;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One instance held for several batches. After a failure that discarded the instance, the next
 * batch borrows a fresh one, so state restarts; the failure's detail says so.
 */
final class PooledSession implements PluginSession {
  private final PooledHandle handle;
  private final CallLimits limits;
  private @Nullable PluginInstance instance;
  private boolean closed;

  PooledSession(PooledHandle handle, CallLimits limits) {
    this.handle = handle;
    this.limits = limits;
  }

  @Override
  public BatchResult processBatch(List<PluginRecord> records) {
    Objects.requireNonNull(records, "records");
    if (closed) {
      throw new IllegalStateException(
          "this session of plugin [" + handle.name() + "] is closed; open a new one");
    }
    long started = System.nanoTime();
    BatchResult result;
    if (instance == null) {
      PooledHandle.Borrowed borrowed = handle.borrow(records.size(), limits);
      instance = borrowed.instance();
      if (instance == null) {
        result = Objects.requireNonNull(borrowed.failure());
        handle.metricsRecorder().record(result, System.nanoTime() - started);
        return result;
      }
    }
    BatchRunner.Finished finished = handle.runner().run(instance, records, limits, false);
    result = finished.result();
    if (!finished.instanceHealthy() && result.failure().isPresent()) {
      instance = null;
      PluginFailure failure = result.failure().get();
      result =
          BatchResult.failure(
              result.inputCount(),
              new PluginFailure(
                  failure.kind(),
                  failure.pluginName(),
                  failure.recordIndex(),
                  failure.detail()
                      + "; the session goes on with a fresh instance, so state carried across"
                      + " batches restarts"),
              result.nanos(),
              result.instructions(),
              result.allocatedBytes());
    }
    handle.metricsRecorder().record(result, finished.endedAt() - started);
    return result;
  }

  @Override
  public long memoryBytes() {
    PluginInstance held = instance;
    return held == null ? -1 : held.memoryBytes();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    PluginInstance held = instance;
    instance = null;
    if (held != null) {
      handle.runner().resetAndGiveBack(held, limits);
    }
  }
}
