package io.dataflare.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.engine.execution.DataFlareExecutionContext;
import io.dataflare.engine.execution.PropertyExecution;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.properties.PluginProperty;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;

/**
 * One compatibility property of a plugin, a built-in contract or a custom property: runs its tries
 * on generated records, reports the seed and tries, and fails with the shrunk counterexample. A
 * contract that does not apply to the plugin (e.g. {@code modes} for a native plugin) is skipped.
 */
@API(status = INTERNAL, since = "0.1")
public final class PropertyDescriptor extends SpecNode {
  /** Every property carries this tag, so {@code excludedGroups=property} leaves them out. */
  public static final String TAG = "property";

  private final PluginProperty property;
  private final PluginSource plugin;

  public PropertyDescriptor(
      UniqueId uniqueId,
      PluginProperty property,
      PluginSource plugin,
      @Nullable TestSource source,
      Set<TestTag> tags) {
    super(uniqueId, property.name(), source, tags);
    this.property = property;
    this.plugin = plugin;
  }

  public PluginProperty property() {
    return property;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public SkipResult shouldBeSkipped(DataFlareExecutionContext context) {
    Optional<String> reason;
    try {
      reason = property.notApplicableTo(plugin.manifest());
    } catch (RuntimeException malformedManifest) {
      return SkipResult.doNotSkip(); // the run reports the manifest's problems
    }
    return reason.map(SkipResult::skip).orElseGet(SkipResult::doNotSkip);
  }

  @Override
  public DataFlareExecutionContext execute(
      DataFlareExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
    PropertyExecution.run(context, this, property, plugin);
    return context;
  }
}
