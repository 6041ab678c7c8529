package io.dataflare.samples.legacy;

import static io.dataflare.testkit.Expectations.output;

import com.acme.legacy.EmailMasker;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginType;
import io.dataflare.plugin.legacy.LegacyPluginAdapter;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.Records;
import java.util.Map;

/**
 * The old plugin wrapped in code, without the bridge class: a suite whose plugin is {@code new
 * LegacyPluginAdapter(new EmailMasker())}, configured with another mask.
 */
class LegacyAdapterSpecTests {

  @PluginSpec
  @SuppressWarnings("deprecation")
  PluginTestSuite adaptedInCode() {
    PluginManifest manifest =
        PluginManifest.builder("email-masker", PluginType.MAP)
            .version("2.3.1")
            .config(PluginConfig.of(Map.of("mask", "#")))
            .build();
    return PluginTestSuite.builder("adapted-in-code")
        .withPlugin(PluginSource.of(manifest, () -> new LegacyPluginAdapter(new EmailMasker())))
        .withCases(
            PluginTestCase.builder("uses-the-configured-mask")
                .withInput(Records.text("write to ada@example.com"))
                .expecting(output(Records.text("write to a#@example.com")))
                .build())
        .build();
  }
}
