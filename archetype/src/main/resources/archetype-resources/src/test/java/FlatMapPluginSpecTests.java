package ${package};

import static io.dataflare.testkit.Expectations.output;

import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.Records;
import io.dataflare.testkit.SpecPlugin;

/**
 * Specs of {@link FlatMapPlugin} in Java, next to the TOML specs of src/test/dataflare: each
 * {@code @PluginSpec} method returns a case that the dataflare engine runs on the plugin of
 * plugin.toml (IDEs show a run gutter on each).
 */
@SpecPlugin("plugin.toml")
class FlatMapPluginSpecTests {

  @PluginSpec
  PluginTestCase splitsAtCommas() {
    return PluginTestCase.builder("splits-at-commas")
        .withInput(Records.text("x,y"))
        .expecting(output(Records.text("x"), Records.text("y")))
        .build();
  }
}
