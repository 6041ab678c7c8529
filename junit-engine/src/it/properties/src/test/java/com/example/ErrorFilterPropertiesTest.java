package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.SpecPlugin;
import io.dataflare.testkit.properties.Contract;
import io.dataflare.testkit.properties.Generators;
import io.dataflare.testkit.properties.PluginContracts;
import io.dataflare.testkit.properties.PluginProperty;

// tag::class[]
@SpecPlugin("plugin.toml")
class ErrorFilterPropertiesTest {

  @PluginSpec
  PluginContracts contracts() {
    return PluginContracts.of(Contract.DETERMINISTIC, Contract.MODES).withTries(30);
  }

  @PluginSpec
  PluginProperty keepsOnlyRecordsWithTheNeedle() {
    return PluginProperty.forAll(Generators.records())
        .named("keeps-only-records-with-the-needle")
        .check(
            (plugin, batch) -> {
              for (PluginRecord kept : plugin.processBatch(batch).records()) {
                assertThat(kept.valueAsString()).contains("error");
              }
            });
  }
}
// end::class[]
