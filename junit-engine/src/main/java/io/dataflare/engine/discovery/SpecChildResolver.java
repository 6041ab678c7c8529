package io.dataflare.engine.discovery;

import io.dataflare.engine.descriptor.Segments;
import io.dataflare.engine.descriptor.SuiteDescriptor;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves the unique id of a suite's child (a case, a benchmark, a contract or property, a suite
 * returned by a spec method, or a bad spec's stand-in) by resolving its parent and asking the
 * parent for that child alone.
 */
final class SpecChildResolver implements SelectorResolver {
  private static final Set<String> CHILD_TYPES =
      Set.of(
          Segments.CASE,
          Segments.BENCHMARK,
          Segments.CONTRACT,
          Segments.PROPERTY,
          Segments.SUITE,
          Segments.INVALID_SPEC);

  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    UniqueId id = selector.getUniqueId();
    if (id.getSegments().size() < 3 || !CHILD_TYPES.contains(id.getLastSegment().getType())) {
      return Resolution.unresolved();
    }
    return context
        .addToParent(
            () -> DiscoverySelectors.selectUniqueId(id.removeLastSegment()),
            parent -> childOf(parent, id))
        .map(
            child ->
                child instanceof SuiteDescriptor suite
                    ? SuiteExpansion.exact(suite)
                    : Match.exact(child))
        .map(Resolution::match)
        .orElseGet(Resolution::unresolved);
  }

  private static Optional<TestDescriptor> childOf(TestDescriptor parent, UniqueId id) {
    return parent instanceof SuiteDescriptor suite ? suite.createChild(id) : Optional.empty();
  }
}
