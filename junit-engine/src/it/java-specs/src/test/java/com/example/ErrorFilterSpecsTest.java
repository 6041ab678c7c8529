package com.example;

import io.dataflare.testkit.Expectations;
import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.Records;
import io.dataflare.testkit.SpecPlugin;
import java.util.stream.Stream;

@SpecPlugin("plugin.toml")
class ErrorFilterSpecsTest {

  @PluginSpec
  Stream<PluginTestCase> cases() {
    return Stream.of(
        PluginTestCase.builder("java-keeps-errors")
            .withInput(Records.text("disk error"))
            .expecting(Expectations.outputValues("disk error"))
            .build(),
        PluginTestCase.builder("java-drops-the-rest")
            .withInput(Records.text("all fine"))
            .expecting(Expectations.dropped())
            .build());
  }
}
