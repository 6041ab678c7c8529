package io.dataflare.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.engine.execution.CaseExecution;
import io.dataflare.engine.execution.DataFlareExecutionContext;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.PluginTestCase;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;

/** One case: runs its batches on the plugin under the case's limits and checks each expectation. */
@API(status = INTERNAL, since = "0.1")
public final class CaseDescriptor extends SpecNode {
  private final PluginTestCase testCase;
  private final PluginSource plugin;

  public CaseDescriptor(
      UniqueId uniqueId,
      PluginTestCase testCase,
      PluginSource plugin,
      @Nullable TestSource source,
      Set<TestTag> tags) {
    super(uniqueId, testCase.name(), source, tags);
    this.testCase = testCase;
    this.plugin = plugin;
  }

  public PluginTestCase testCase() {
    return testCase;
  }

  public PluginSource plugin() {
    return plugin;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public DataFlareExecutionContext execute(
      DataFlareExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
    CaseExecution.run(context, this, testCase, plugin);
    return context;
  }
}
