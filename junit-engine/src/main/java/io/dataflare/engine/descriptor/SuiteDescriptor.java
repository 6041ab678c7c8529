package io.dataflare.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;

/**
 * A container of cases and benchmarks: a TOML spec file, a {@code @PluginSpec} method, or a {@code
 * PluginTestSuite} a method returned. Its children are created on demand from {@link SpecChildren}.
 */
@API(status = INTERNAL, since = "0.1")
public final class SuiteDescriptor extends SpecNode {
  private final SpecChildren children;

  public SuiteDescriptor(
      UniqueId uniqueId, String displayName, @Nullable TestSource source, SpecChildren children) {
    super(uniqueId, displayName, source, Set.of());
    this.children = children;
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  /** The ids of every child this suite can create, in spec order. */
  public List<UniqueId> childIds() {
    return children.ids(getUniqueId());
  }

  /** A new descriptor for the child with this id, if the suite has one. */
  public Optional<TestDescriptor> createChild(UniqueId childId) {
    return childId.removeLastSegment().equals(getUniqueId())
        ? children.create(childId)
        : Optional.empty();
  }
}
