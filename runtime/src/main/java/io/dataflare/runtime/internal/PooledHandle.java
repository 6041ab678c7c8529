package io.dataflare.runtime.internal;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.CallLimits;
import io.dataflare.runtime.HandleMetrics;
import io.dataflare.runtime.PluginException;
import io.dataflare.runtime.PluginFailure;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.PluginSession;
import io.dataflare.runtime.PoolStatistics;
import io.dataflare.runtime.wasm.CompileCache;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A loaded plugin: its own instance pool and metrics, the runtime's shared workers, watchdog and
 * compile cache. Every plain call resets its instance before giving it back, so no state leaks from
 * one caller to the next; a session keeps its instance until it closes.
 */
final class PooledHandle implements PluginHandle, AutoCloseable {
  /** A borrower waits at least this long for a busy pool before giving up. */
  private static final long MIN_BORROW_WAIT_NANOS = Duration.ofSeconds(30).toNanos();

  private final PluginManifest manifest;
  private final InstancePool<PluginInstance> pool;

  /** What the pool's live instances hold that must be closed, apart from the instances. */
  private final InstanceResources resources = new InstanceResources();

  private final BatchRunner runner;
  private final CompileCache cache;
  private final MetricsRecorder metrics = new MetricsRecorder();
  private final CallLimits defaultLimits;

  PooledHandle(
      PluginManifest manifest,
      InstanceFactory factory,
      boolean wasm,
      int poolSize,
      CallExecutor executor,
      Watchdog watchdog,
      CompileCache cache) {
    this.manifest = manifest;
    this.pool =
        new InstancePool<>(
            poolSize,
            () -> {
              PluginInstance instance = factory.create();
              resources.add(instance.resources());
              return instance;
            },
            instance -> {
              resources.remove(instance.resources());
              instance.close();
            },
            // the thread still running an abandoned instance closes it when its call ends
            instance -> resources.remove(instance.resources()));
    this.runner = new BatchRunner(manifest.plugin().name(), wasm, pool, executor, watchdog);
    this.cache = cache;
    this.defaultLimits =
        CallLimits.timeout(Duration.ofMillis(manifest.runtime().maxExecutionTimeMs()));
  }

  @Override
  public PluginManifest manifest() {
    return manifest;
  }

  @Override
  public CallLimits defaultLimits() {
    return defaultLimits;
  }

  @Override
  public BatchResult processBatch(List<PluginRecord> records, CallLimits limits) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(limits, "limits");
    long started = System.nanoTime();
    PluginInstance instance = pool.pollIdle();
    long callStarted = started; // an idle instance was at hand: the call starts now
    if (instance == null) {
      Borrowed borrowed = borrow(records.size(), limits, started);
      if (borrowed.instance == null) {
        BatchResult failed = Objects.requireNonNull(borrowed.failure);
        metrics.record(failed, System.nanoTime() - started);
        return failed;
      }
      instance = borrowed.instance;
      callStarted =
          System.nanoTime(); // creating or waiting took time: the deadline counts from now
    }
    BatchRunner.Finished finished = runner.run(instance, records, limits, true, callStarted);
    if (finished.instanceHealthy()) {
      pool.giveBack(instance);
    }
    // the clock read when the call ended serves as the caller's too: one read fewer per call
    metrics.record(finished.result(), finished.endedAt() - started);
    return finished.result();
  }

  @Override
  public BatchResult processBatchParallel(
      List<PluginRecord> records, int parallelism, CallLimits limits) {
    if (parallelism < 1) {
      throw new IllegalArgumentException(
          "parallelism must be at least 1 but was [" + parallelism + "]");
    }
    if (manifest.plugin().type() == PluginType.AGGREGATE
        || parallelism == 1
        || records.size() < 2) {
      return processBatch(records, limits); // an aggregate's state needs one instance
    }
    BatchResult result = new ParallelBatch(this, records, limits).run(parallelism);
    metrics.record(result, result.nanos());
    return result;
  }

  @Override
  public PluginSession openSession(CallLimits limits) {
    return new PooledSession(this, Objects.requireNonNull(limits, "limits"));
  }

  @Override
  public void warmUp(int instances) {
    pool.warmUp(instances);
  }

  @Override
  public HandleMetrics metrics() {
    return metrics.snapshot();
  }

  @Override
  public PoolStatistics poolStatistics() {
    InstancePool.Statistics stats = pool.statistics();
    return new PoolStatistics(
        stats.borrows(),
        stats.waits(),
        stats.creations(),
        stats.discards(),
        stats.idle(),
        cache.hits(),
        cache.misses());
  }

  @Override
  public void close() {
    pool.close();
  }

  InstancePool<PluginInstance> pool() {
    return pool;
  }

  /**
   * What the cleaner of this handle closes when nobody references it any more: the instances'
   * resources, not the instances (nor the pool, which holds them).
   */
  InstanceResources resources() {
    return resources;
  }

  BatchRunner runner() {
    return runner;
  }

  MetricsRecorder metricsRecorder() {
    return metrics;
  }

  /** An instance, or the failed result explaining why there is none. */
  record Borrowed(
      @org.jspecify.annotations.Nullable PluginInstance instance,
      @org.jspecify.annotations.Nullable BatchResult failure) {}

  /** Borrows an instance, waiting for a busy pool at most ten call timeouts (30 s or more). */
  Borrowed borrow(int inputs, CallLimits limits) {
    return borrow(inputs, limits, System.nanoTime());
  }

  private Borrowed borrow(int inputs, CallLimits limits, long started) {
    long maxWait = Math.max(MIN_BORROW_WAIT_NANOS, 10 * limits.timeout().toNanos());
    try {
      PluginInstance instance = pool.borrow(maxWait);
      if (instance != null) {
        return new Borrowed(instance, null);
      }
      return failedBorrow(
          inputs,
          started,
          timeout(
              "no instance came free within ["
                  + Duration.ofNanos(maxWait).toSeconds()
                  + " s]: all ["
                  + pool.maxSize()
                  + "] instances of the pool are busy; close open sessions or raise the pool"
                  + " size"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failedBorrow(
          inputs,
          started,
          timeout("the calling thread was interrupted while waiting for a free instance"));
    } catch (PluginException e) {
      return failedBorrow(inputs, started, e.failure());
    }
  }

  private PluginFailure timeout(String detail) {
    return new PluginFailure(FailureKind.TIMEOUT, name(), -1, detail);
  }

  private static Borrowed failedBorrow(int inputs, long started, PluginFailure failure) {
    return new Borrowed(
        null,
        BatchResult.failure(
            inputs,
            failure,
            System.nanoTime() - started,
            BatchResult.NOT_MEASURED,
            BatchResult.NOT_MEASURED));
  }
}
