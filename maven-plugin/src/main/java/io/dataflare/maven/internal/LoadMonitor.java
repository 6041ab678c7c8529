package io.dataflare.maven.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/** Samples the system load average once a second while a benchmark JVM runs. */
public final class LoadMonitor implements AutoCloseable {
  private final int cores;
  private final DoubleSupplier load;
  private final ScheduledExecutorService sampler;
  private double sum;
  private double max = -1;
  private int samples;

  private LoadMonitor(int cores, DoubleSupplier load, long periodMillis) {
    this.cores = cores;
    this.load = load;
    this.sampler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "dataflare-load-monitor");
              thread.setDaemon(true);
              return thread;
            });
    sampler.scheduleAtFixedRate(this::sample, 0, periodMillis, TimeUnit.MILLISECONDS);
  }

  /** Starts sampling this machine's load average. */
  public static LoadMonitor start() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return start(os.getAvailableProcessors(), os::getSystemLoadAverage, 1_000);
  }

  /** Starts sampling a load source (tests give their own). */
  static LoadMonitor start(int cores, DoubleSupplier load, long periodMillis) {
    return new LoadMonitor(cores, load, periodMillis);
  }

  private synchronized void sample() {
    double value = load.getAsDouble();
    if (value >= 0) {
      sum += value;
      max = Math.max(max, value);
      samples++;
    }
  }

  /** Stops sampling (a last sample first) and returns what was seen. */
  public synchronized MachineLoad stop() {
    sampler.shutdownNow();
    sample();
    return new MachineLoad(cores, samples == 0 ? -1 : sum / samples, max, samples);
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
