package io.dataflare.samples.logparser;

import static io.dataflare.testkit.Expectations.count;
import static io.dataflare.testkit.Expectations.dropped;
import static io.dataflare.testkit.Expectations.failure;
import static io.dataflare.testkit.Expectations.jsonEquals;
import static io.dataflare.testkit.Expectations.output;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.Records;
import io.dataflare.testkit.SpecPlugin;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Specs of the log parser in Java: each {@code @PluginSpec} method returns cases or benchmarks,
 * and the dataflare engine runs them (IDEs show a run gutter on each). Bare cases test the plugin
 * of {@code @SpecPlugin}, the project's plugin.toml; a suite carries its own plugin, here one
 * built in code with another configuration.
 */
@SpecPlugin("plugin.toml")
class LogParserSpecTests {

  @PluginSpec
  PluginTestCase parsesLevelAndMessageIntoJson() {
    return PluginTestCase.builder("parses-level-and-message-into-json")
        .withInput(Records.text("ERROR disk /dev/sda1 is full"))
        .expecting(jsonEquals("{\"level\":\"ERROR\",\"message\":\"disk /dev/sda1 is full\"}"))
        .build();
  }

  @PluginSpec
  PluginTestCase dropsLinesBelowTheConfiguredLevel() {
    return PluginTestCase.builder("drops-lines-below-min-level")
        .withInput(Records.text("DEBUG cache warmed"), Records.text("   "))
        .expecting(dropped())
        .build();
  }

  @PluginSpec
  PluginTestCase failsOnAnUnknownLevel() {
    return PluginTestCase.builder("fails-on-an-unknown-level")
        .withInput(Records.text("INFO fine"), Records.text("LOUD what is this"))
        .expecting(failure(FailureKind.PLUGIN_ERROR, Optional.of("unknown level [LOUD]")))
        .build();
  }

  /** One case per character that JSON must escape. */
  @PluginSpec
  Stream<PluginTestCase> escapesWhatJsonMustEscape() {
    return Stream.of(
            Map.entry("quote", "say \"hi\""),
            Map.entry("backslash", "C:\\temp"),
            Map.entry("tab", "a\tb"))
        .map(
            e ->
                PluginTestCase.builder("escapes-" + e.getKey())
                    .withInput(Records.text("WARN " + e.getValue()))
                    .expecting(
                        output(
                            Records.text(
                                "{\"level\":\"WARN\",\"message\":"
                                    + JsonText.quote(e.getValue())
                                    + "}")))
                    .build());
  }

  @PluginSpec
  PluginBenchmark parseMixedLines() {
    return PluginBenchmark.builder("parse-mixed-1k")
        .withDataSize(1000)
        .withExpectedThroughput(10_000)
        .withInput(
            Records.text("INFO request served in 12 ms"),
            Records.text("DEBUG cache hit ratio 0.93"),
            Records.text("ERROR upstream \"billing\" timed out after 3000 ms"))
        .build();
  }

  /** A suite with its own plugin: the same class configured in code to keep errors only. */
  @PluginSpec
  PluginTestSuite errorsOnly() {
    PluginManifest manifest =
        PluginManifest.builder("log-parser", PluginType.FILTER_MAP)
            .config(PluginConfig.of(Map.of("min_level", "ERROR")))
            .build();
    return PluginTestSuite.builder("errors-only")
        .withPlugin(PluginSource.of(manifest, LogParserPlugin::new))
        .withCases(
            PluginTestCase.builder("keeps-only-errors")
                .withInput(
                    Records.text("INFO a"), Records.text("WARN b"), Records.text("ERROR c"))
                .expecting(count(1))
                .build())
        .build();
  }
}
