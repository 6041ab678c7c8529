package io.dataflare.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.engine.config.EngineConfiguration;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What every node of one run shares: the settings, the listener for report entries and the pooled
 * plugins. Created once per execution; {@link #close()} releases the runtime at the end.
 */
@API(status = INTERNAL, since = "0.1")
public final class DataFlareExecutionContext implements EngineExecutionContext, AutoCloseable {
  private final EngineConfiguration configuration;
  private final EngineExecutionListener listener;
  private final PluginHandles plugins;

  public DataFlareExecutionContext(
      EngineConfiguration configuration, EngineExecutionListener listener) {
    this.configuration = configuration;
    this.listener = listener;
    this.plugins = new PluginHandles(configuration);
  }

  public EngineConfiguration configuration() {
    return configuration;
  }

  /** The run's plugins, loaded on first use into one pooled runtime. */
  public PluginHandles plugins() {
    return plugins;
  }

  /** Publishes figures of a node, e.g. a case's latency, to every listener (IDE, Surefire). */
  public void publish(TestDescriptor descriptor, ReportEntry entry) {
    listener.reportingEntryPublished(descriptor, entry);
  }

  @Override
  public void close() {
    plugins.close();
  }
}
