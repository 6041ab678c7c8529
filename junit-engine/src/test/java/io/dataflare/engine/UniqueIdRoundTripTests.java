package io.dataflare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.dataflare.engine.fixtures.Specs;
import io.dataflare.engine.fixtures.specs.BadSpecs;
import io.dataflare.engine.fixtures.specs.FilterSpecs;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/** Every id the engine produces is re-discoverable from the id alone. */
class UniqueIdRoundTripTests {

  @Test
  void everyIdOfTheTreeIsRediscoveredFromItself() {
    TestDescriptor engine = wholeTree();
    Set<? extends TestDescriptor> descendants = engine.getDescendants();
    assertThat(descendants).hasSizeGreaterThan(20);
    for (TestDescriptor descriptor : descendants) {
      UniqueId id = descriptor.getUniqueId();
      TestDescriptor rediscovered =
          Specs.engine(Specs.RESOURCES)
              .selectors(selectUniqueId(id))
              .discover()
              .getEngineDescriptor();
      assertThat(rediscovered.findByUniqueId(id))
          .as("re-discovering %s", Specs.readable(id))
          .isPresent();
      assertThat(testIds(rediscovered))
          .as("the tests under %s", Specs.readable(id))
          .isEqualTo(testIds(descriptor));
    }
  }

  @Test
  void rediscoveringTheEngineIdFindsNothingElse() {
    TestDescriptor engine =
        Specs.engine(Specs.RESOURCES)
            .selectors(selectUniqueId(UniqueId.forEngine(DataFlareTestEngine.ENGINE_ID)))
            .discover()
            .getEngineDescriptor();
    assertThat(engine.getChildren()).isEmpty();
  }

  private static TestDescriptor wholeTree() {
    return Specs.engine(Specs.RESOURCES)
        .selectors(
            selectDirectory(Path.of("src/test/resources/specs").toFile()),
            selectClass(FilterSpecs.class),
            selectClass(BadSpecs.class))
        .discover()
        .getEngineDescriptor();
  }

  private static List<String> testIds(TestDescriptor root) {
    Set<TestDescriptor> all = new java.util.LinkedHashSet<>();
    all.add(root);
    all.addAll(root.getDescendants());
    return all.stream()
        .filter(TestDescriptor::isTest)
        .map(d -> Specs.readable(d.getUniqueId()))
        .sorted()
        .collect(Collectors.toList());
  }
}
