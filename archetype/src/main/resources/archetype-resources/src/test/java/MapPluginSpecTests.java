package ${package};

import static io.dataflare.testkit.Expectations.output;

import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.Records;
import io.dataflare.testkit.SpecPlugin;

/**
 * Specs of {@link MapPlugin} in Java, next to the TOML specs of src/test/dataflare: each
 * {@code @PluginSpec} method returns a case that the dataflare engine runs on the plugin of
 * plugin.toml (IDEs show a run gutter on each).
 */
@SpecPlugin("plugin.toml")
class MapPluginSpecTests {

  // tag::case[]
  @PluginSpec
  PluginTestCase upperCasesAsciiLetters() {
    return PluginTestCase.builder("upper-cases-ascii-letters")
        .withInput(Records.text("mixed Case 1"))
        .expecting(output(Records.text("MIXED CASE 1")))
        .build();
  }
  // end::case[]
}
