package io.dataflare.runtime.wasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every committed WAT-built module (test fixtures, samples 01 and 03) is what its source builds to,
 * with the flags of {@code src/test/resources/wasm/build.sh}; skipped where {@code wat2wasm} is not
 * installed.
 */
class FixtureSourcesTests {

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> committedModulesMatchTheirWatSources() throws Exception {
    assumeTrue(AbiDocExamplesTests.onPath("wat2wasm"), "wat2wasm is not installed");
    List<Path[]> pairs = new ArrayList<>();
    Path fixtures = WasmFixtures.fixture("misbehaving").getParent();
    Path sources = Path.of("src", "test", "resources", "wasm");
    try (Stream<Path> files = Files.list(sources)) {
      files
          .filter(f -> f.toString().endsWith(".wat"))
          .forEach(f -> pairs.add(new Path[] {f, fixtures.resolve(wasmName(f))}));
    }
    Path samples = Path.of("..", "samples");
    pairs.add(
        new Path[] {
          samples.resolve("01-wasm-filter/src/main/wat/filter.wat"),
          samples.resolve("01-wasm-filter/plugin/filter.wasm")
        });
    pairs.add(
        new Path[] {
          samples.resolve("03-wasm-aggregate/src/main/wat/aggregate.wat"),
          samples.resolve("03-wasm-aggregate/plugin/aggregate.wasm")
        });
    return pairs.stream()
        .map(pair -> DynamicTest.dynamicTest(pair[0].toString(), () -> matches(pair[0], pair[1])));
  }

  private void matches(Path source, Path committed) throws Exception {
    Path rebuilt = temp.resolve(wasmName(source));
    Process process =
        new ProcessBuilder(
                "wat2wasm",
                "--enable-extended-const",
                "--enable-threads",
                source.toString(),
                "-o",
                rebuilt.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("wat2wasm output: %s", output).isZero();
    assertThat(Files.readAllBytes(committed))
        .as("%s is stale: rebuild it from %s", committed, source)
        .isEqualTo(Files.readAllBytes(rebuilt));
  }

  private static String wasmName(Path wat) {
    return wat.getFileName().toString().replace(".wat", ".wasm");
  }
}
