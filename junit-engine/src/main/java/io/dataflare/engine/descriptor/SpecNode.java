package io.dataflare.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.engine.execution.DataFlareExecutionContext;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** A node of the engine's tree below the engine: a suite, a case or a benchmark. */
@API(status = INTERNAL, since = "0.1")
public abstract class SpecNode extends AbstractTestDescriptor
    implements Node<DataFlareExecutionContext> {

  private final Set<TestTag> tags;

  protected SpecNode(
      UniqueId uniqueId, String displayName, @Nullable TestSource source, Set<TestTag> tags) {
    super(uniqueId, displayName, source);
    this.tags = Set.copyOf(tags);
  }

  @Override
  public Set<TestTag> getTags() {
    return tags;
  }
}
