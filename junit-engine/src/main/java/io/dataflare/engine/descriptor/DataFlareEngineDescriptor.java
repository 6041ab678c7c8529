package io.dataflare.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.engine.config.EngineConfiguration;
import io.dataflare.engine.execution.DataFlareExecutionContext;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The root of the tree; holds the run's settings and closes the run's runtime at the end. */
@API(status = INTERNAL, since = "0.1")
public final class DataFlareEngineDescriptor extends EngineDescriptor
    implements Node<DataFlareExecutionContext> {
  private final EngineConfiguration configuration;

  public DataFlareEngineDescriptor(UniqueId uniqueId, EngineConfiguration configuration) {
    super(uniqueId, "DataFlare");
    this.configuration = configuration;
  }

  public EngineConfiguration configuration() {
    return configuration;
  }

  @Override
  public void cleanUp(DataFlareExecutionContext context) {
    context.close();
  }
}
