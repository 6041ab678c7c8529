package io.dataflare.conformance.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.dataflare.conformance.fixtures.Corpus;
import io.dataflare.conformance.fixtures.HostileCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus is whole: every hostile plugin folder has its row in {@link Corpus}, its spec file
 * expects the same failure kind, and every committed module is what its WAT source builds to.
 */
class CorpusCompletenessTests {
  private static final TomlMapper TOML = new TomlMapper();

  @TempDir Path temp;

  @Test
  void everyHostilePluginFolderHasItsExpectedFailure() throws IOException {
    List<Path> manifests;
    try (Stream<Path> files = Files.walk(Corpus.HOSTILE)) {
      manifests =
          files
              .filter(f -> f.getFileName().toString().equals("plugin.toml"))
              .filter(f -> !f.startsWith(Corpus.GOOD))
              .sorted()
              .toList();
    }

    assertThat(manifests)
        .containsExactlyInAnyOrderElementsOf(
            Corpus.all().stream().map(HostileCase::manifest).toList());
  }

  static Stream<HostileCase> cases() {
    return Corpus.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void specFileExpectsTheSameFailureKind(HostileCase hostile) throws IOException {
    JsonNode expect = TOML.readTree(hostile.specFile().toFile()).get("case").get(0).get("expect");
    JsonNode failure =
        expect.has("batches") ? expect.get("batches").findValue("failure") : expect.get("failure");

    String expected = hostile.kind() == null ? null : hostile.kind().name();
    assertThat(failure == null ? null : failure.asText()).isEqualTo(expected);
  }

  @Test
  void everyCommittedModuleIsWhatItsSourceBuildsTo() throws Exception {
    assumeTrue(onPath("wat2wasm"), "wat2wasm is not installed");
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Corpus.HOSTILE)) {
      sources = files.filter(f -> f.toString().endsWith(".wat")).sorted().toList();
    }
    for (HostileCase hostile : Corpus.all()) {
      Path folder = hostile.manifest().getParent();
      boolean ownModule =
          hostile.directory().startsWith("wasm/")
              && !folder.endsWith("permitted")
              && !folder.endsWith("not-webassembly");
      if (ownModule) {
        assertThat(sources).as("the WAT source in %s", folder).anyMatch(s -> s.startsWith(folder));
      }
    }
    for (Path source : sources) {
      Path built = temp.resolve(source.getFileName() + ".wasm");
      run("wat2wasm", source.toString(), "-o", built.toString());
      byte[] expected = Files.readAllBytes(built);
      Path committed =
          source.resolveSibling(source.getFileName().toString().replace(".wat", ".wasm"));
      if (source.getFileName().toString().equals("truncated.wat")) {
        expected = Arrays.copyOf(expected, 60); // build.sh keeps the first 60 bytes
      }
      assertThat(Files.readAllBytes(committed))
          .as("%s is stale: run hostile/wasm/build.sh", committed)
          .isEqualTo(expected);
    }
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
  }

  private static boolean onPath(String tool) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
  }
}
