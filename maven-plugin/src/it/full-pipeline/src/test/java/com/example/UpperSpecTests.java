package com.example;

import io.dataflare.testkit.Expectations;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.Records;
import io.dataflare.testkit.SpecPlugin;

@SpecPlugin("upper/plugin.toml")
class UpperSpecTests {
  @PluginSpec
  PluginTestCase upperCases() {
    return PluginTestCase.builder("upper-cases")
        .withInput(Records.text("abc"))
        .expecting(Expectations.outputValues("ABC"))
        .build();
  }

  @PluginSpec
  PluginBenchmark upper100() {
    return PluginBenchmark.builder("upper-100")
        .withDataSize(100)
        .withInput(Records.text("hello"))
        .build();
  }
}
