package io.dataflare.samples.jsonupper;

import static io.dataflare.testkit.Expectations.failure;
import static io.dataflare.testkit.Expectations.jsonEquals;

import io.dataflare.plugin.FailureKind;
import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.Records;
import io.dataflare.testkit.SpecPlugin;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The WASM map specified in Java: bare cases test the plugin of {@code @SpecPlugin}, the module
 * built from {@code src/main/c/json_map.c}; a stream of cases shows one spec per input.
 */
@SpecPlugin("plugin.toml")
class JsonUpperSpecTests {

  @PluginSpec
  Stream<PluginTestCase> upperCasesTheNameField() {
    return Stream.of("ada", "grace", "alan")
        .map(
            name ->
                PluginTestCase.builder("java-upper-cases-" + name)
                    .withInput(Records.text("{\"name\":\"" + name + "\",\"id\":1}"))
                    .expecting(jsonEquals("{\"name\":\"" + name.toUpperCase(Locale.ROOT) + "\",\"id\":1}"))
                    .build());
  }

  @PluginSpec
  PluginTestCase failsOnAValueThatIsNotAnObject() {
    return PluginTestCase.builder("java-fails-on-a-value-that-is-not-an-object")
        .withInput(Records.text("{\"name\":\"ok\"}"), Records.text("[1,2]"))
        .expecting(failure(FailureKind.PLUGIN_ERROR))
        .build();
  }
}
