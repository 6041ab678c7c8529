package io.dataflare.runtime.wasm;

import static io.dataflare.runtime.wasm.WasmFixtures.manifest;
import static io.dataflare.runtime.wasm.WasmFixtures.meter;
import static io.dataflare.runtime.wasm.WasmFixtures.prepare;
import static io.dataflare.runtime.wasm.WasmFixtures.sources;
import static io.dataflare.runtime.wasm.WasmFixtures.texts;
import static io.dataflare.runtime.wasm.WasmFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.internal.PluginInstance;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WAT and C examples of {@code docs/wasm-abi.md} build and behave as the page says; skipped
 * where the tool is not installed.
 */
class AbiDocExamplesTests {
  private static final Path PAGE = Path.of("..", "docs", "wasm-abi.md");

  @TempDir Path temp;

  @Test
  void theMinimalWatFilterKeepsNonEmptyValues() throws Exception {
    assumeTrue(onPath("wat2wasm"), "wat2wasm is not installed");
    Path source = Files.writeString(temp.resolve("keep_non_empty.wat"), block("wat"));
    Path module = temp.resolve("keep_non_empty.wasm");
    run("wat2wasm", source.toString(), "-o", module.toString());
    PluginInstance instance = prepare(manifest(module, PluginType.FILTER).build()).create();

    List<OutputRecord> kept = instance.call(texts("a", "", "bc", ""), meter());

    assertThat(sources(kept)).containsExactly(0, 2);
  }

  @Test
  void theCSkeletonMapsEveryValueToACopy() throws Exception {
    assumeTrue(onPath("clang") && onPath("wasm-ld"), "clang or wasm-ld is not installed");
    Path source = Files.writeString(temp.resolve("my_map.c"), block("c"));
    Path module = temp.resolve("my_map.wasm");
    run(
        "clang",
        "--target=wasm32",
        "-nostdlib",
        "-O2",
        "-mbulk-memory",
        "-Wl,--no-entry",
        "-Wl,--export=dataflare_abi_version",
        "-Wl,--export=dataflare_alloc",
        "-Wl,--export=dataflare_init",
        "-Wl,--export=dataflare_map",
        "-o",
        module.toString(),
        source.toString());
    PluginInstance instance = prepare(manifest(module, PluginType.MAP).build()).create();

    List<OutputRecord> out = instance.call(texts("x", "", "yz"), meter());

    assertThat(values(out)).containsExactly("x", "", "yz");
  }

  /** The first fenced code block of this language on the page. */
  private static String block(String language) throws Exception {
    Matcher matcher =
        Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(PAGE));
    assertThat(matcher.find()).as("a ```%s block in %s", language, PAGE).isTrue();
    return matcher.group(1);
  }

  private static void run(String... command) throws Exception {
    Process process =
        new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("%s: %s", command[0], output).isZero();
  }

  static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
