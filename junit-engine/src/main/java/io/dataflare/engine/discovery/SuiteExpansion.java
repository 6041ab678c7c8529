package io.dataflare.engine.discovery;

import io.dataflare.engine.descriptor.SuiteDescriptor;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.discovery.SelectorResolver.Match;

/**
 * Matches for suites, expanding to every child (in spec order) when the suite itself is selected.
 */
final class SuiteExpansion {
  private SuiteExpansion() {}

  static Match exact(SuiteDescriptor suite) {
    return Match.exact(suite, children(suite));
  }

  private static Supplier<Set<? extends DiscoverySelector>> children(SuiteDescriptor suite) {
    return () -> {
      Set<DiscoverySelector> selectors = new LinkedHashSet<>();
      suite.childIds().forEach(id -> selectors.add(DiscoverySelectors.selectUniqueId(id)));
      return selectors;
    };
  }
}
