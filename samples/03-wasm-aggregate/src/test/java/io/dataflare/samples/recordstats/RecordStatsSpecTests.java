package io.dataflare.samples.recordstats;

import static io.dataflare.testkit.Expectations.batches;
import static io.dataflare.testkit.Expectations.jsonContains;
import static io.dataflare.testkit.Expectations.outputValues;

import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.Records;
import io.dataflare.testkit.SpecPlugin;

/**
 * The same aggregate specified in Java: the running totals live in the WASM instance across the
 * batches of one case, and every case starts from zero.
 */
@SpecPlugin("plugin.toml")
class RecordStatsSpecTests {

  @PluginSpec
  PluginTestCase keepsRunningTotalsAcrossBatches() {
    return PluginTestCase.builder("java-keeps-running-totals-across-batches")
        .withBatch(Records.text("abc"))
        .withBatch(Records.text("de"), Records.text("f"))
        .expecting(
            batches(
                outputValues("{\"count\":1,\"bytes\":3}"),
                outputValues("{\"count\":3,\"bytes\":6}")))
        .build();
  }

  @PluginSpec
  PluginTestCase startsFromZeroInEveryCase() {
    return PluginTestCase.builder("java-starts-from-zero-in-every-case")
        .withInput(Records.text("xyz"))
        .expecting(jsonContains("{\"count\":1,\"bytes\":3}"))
        .build();
  }
}
