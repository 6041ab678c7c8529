package ${package};

import static io.dataflare.testkit.Expectations.dropped;
import static io.dataflare.testkit.Expectations.output;

import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.Records;
import io.dataflare.testkit.SpecPlugin;

/**
 * Specs of {@link FilterPlugin} in Java, next to the TOML specs of src/test/dataflare: each
 * {@code @PluginSpec} method returns a case that the dataflare engine runs on the plugin of
 * plugin.toml (IDEs show a run gutter on each).
 */
@SpecPlugin("plugin.toml")
class FilterPluginSpecTests {

  @PluginSpec
  PluginTestCase keepsRecordsThatContainError() {
    return PluginTestCase.builder("keeps-records-that-contain-error")
        .withInput(Records.text("boot ok"), Records.text("disk error"))
        .expecting(output(Records.text("disk error")))
        .build();
  }

  @PluginSpec
  PluginTestCase dropsRecordsWithoutError() {
    return PluginTestCase.builder("drops-records-without-error")
        .withInput(Records.text("boot ok"))
        .expecting(dropped())
        .build();
  }
}
