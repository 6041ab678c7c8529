package io.dataflare.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.engine.execution.DataFlareExecutionContext;
import io.dataflare.engine.execution.InvalidSpecException;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;

/**
 * Stands in for a spec that could not be read (a malformed TOML file, a {@code @PluginSpec} method
 * that throws or has the wrong shape) and fails with its problems, so the build fails and the
 * report names the spec, while the other specs still run. The same problems are reported as
 * discovery issues.
 */
@API(status = INTERNAL, since = "0.1")
public final class InvalidSpecDescriptor extends SpecNode {
  /** The display name of every stand-in. */
  public static final String DISPLAY_NAME = "invalid spec";

  private final List<String> problems;

  public InvalidSpecDescriptor(
      UniqueId uniqueId, @Nullable TestSource source, List<String> problems) {
    super(uniqueId, DISPLAY_NAME, source, Set.of());
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public DataFlareExecutionContext execute(
      DataFlareExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
    throw new InvalidSpecException(problems);
  }
}
