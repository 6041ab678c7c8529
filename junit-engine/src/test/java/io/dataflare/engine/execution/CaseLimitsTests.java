package io.dataflare.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.engine.fixtures.plugins.KeepErrorsFilter;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.testkit.Expectations;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.Records;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CaseLimitsTests {
  private static final PluginSource PLUGIN =
      PluginSource.of(
          PluginManifest.builder("keep-errors", PluginType.FILTER)
              .runtime(new PluginManifest.Runtime(32, 750, 10))
              .build(),
          KeepErrorsFilter::new);

  @Test
  void caseWithoutLimitsGetsThePluginsLimits() {
    assertThat(CaseLimits.of(aCase().build(), PLUGIN))
        .isEqualTo(new PluginManifest.Runtime(32, 750, 10));
  }

  @Test
  void caseLimitsReplaceThePluginsLimits() {
    PluginTestCase limited =
        aCase().withTimeout(Duration.ofMillis(120)).withMemoryLimitMb(8).build();
    assertThat(CaseLimits.of(limited, PLUGIN)).isEqualTo(new PluginManifest.Runtime(8, 120, 10));
  }

  private static PluginTestCase.Builder aCase() {
    return PluginTestCase.builder("any")
        .withInput(Records.text("ERROR"))
        .expecting(Expectations.count(1));
  }
}
