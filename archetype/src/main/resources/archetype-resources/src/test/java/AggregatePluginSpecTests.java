package ${package};

import static io.dataflare.testkit.Expectations.output;

import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.Records;
import io.dataflare.testkit.SpecPlugin;

/**
 * Specs of {@link AggregatePlugin} in Java, next to the TOML specs of src/test/dataflare: each
 * {@code @PluginSpec} method returns a case that the dataflare engine runs on the plugin of
 * plugin.toml (IDEs show a run gutter on each).
 */
@SpecPlugin("plugin.toml")
class AggregatePluginSpecTests {

  @PluginSpec
  PluginTestCase countsTheRecordsOfABatch() {
    return PluginTestCase.builder("counts-the-records-of-a-batch")
        .withInput(Records.text("a"), Records.text("b"), Records.text("c"))
        .expecting(output(Records.text("3")))
        .build();
  }
}
