package ${package};

import static io.dataflare.testkit.Expectations.dropped;
import static io.dataflare.testkit.Expectations.output;

import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.Records;
import io.dataflare.testkit.SpecPlugin;

/**
 * Specs of {@link FilterMapPlugin} in Java, next to the TOML specs of src/test/dataflare: each
 * {@code @PluginSpec} method returns a case that the dataflare engine runs on the plugin of
 * plugin.toml (IDEs show a run gutter on each).
 */
@SpecPlugin("plugin.toml")
class FilterMapPluginSpecTests {

  @PluginSpec
  PluginTestCase upperCasesNonEmptyValues() {
    return PluginTestCase.builder("upper-cases-non-empty-values")
        .withInput(Records.text(""), Records.text("abc"))
        .expecting(output(Records.text("ABC")))
        .build();
  }

  @PluginSpec
  PluginTestCase dropsEmptyValues() {
    return PluginTestCase.builder("drops-empty-values")
        .withInput(Records.text(""))
        .expecting(dropped())
        .build();
  }
}
