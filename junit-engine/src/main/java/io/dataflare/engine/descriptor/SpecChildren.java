package io.dataflare.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/**
 * The children a suite can create, in spec order, each under its own id segment. Children are made
 * on demand, so selecting one case of a suite by its unique id creates that case alone.
 */
@API(status = INTERNAL, since = "0.1")
public final class SpecChildren {
  private final Map<UniqueId.Segment, Function<UniqueId, TestDescriptor>> factories =
      new LinkedHashMap<>();

  /** Adds a child; returns false, adding nothing, when a child with this segment exists already. */
  public boolean add(String type, String value, Function<UniqueId, TestDescriptor> factory) {
    UniqueId.Segment segment = UniqueId.root(type, value).getLastSegment();
    return factories.putIfAbsent(segment, factory) == null;
  }

  /** The ids of every child under {@code parent}, in spec order. */
  public List<UniqueId> ids(UniqueId parent) {
    List<UniqueId> ids = new ArrayList<>(factories.size());
    for (UniqueId.Segment segment : factories.keySet()) {
      ids.add(parent.append(segment));
    }
    return ids;
  }

  /** A new descriptor for the child with this id, if the suite has one. */
  public Optional<TestDescriptor> create(UniqueId childId) {
    return Optional.ofNullable(factories.get(childId.getLastSegment()))
        .map(factory -> factory.apply(childId));
  }
}
