package io.dataflare.conformance.malformed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import io.dataflare.baselines.store.BaselineStore;
import io.dataflare.conformance.fixtures.Corpus;
import io.dataflare.engine.Constants;
import io.dataflare.engine.DataFlareTestEngine;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.testkit.spec.SpecFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Reading, validating and running the malformed corpus changes none of its files: the same files
 * afterwards, with the same bytes and the same modification times.
 */
class NothingOverwrittenTests {

  /** A file's content and modification time. */
  record Snapshot(byte[] bytes, FileTime modified) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Snapshot that
          && Arrays.equals(bytes, that.bytes)
          && modified.equals(that.modified);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes) * 31 + modified.hashCode();
    }

    @Override
    public String toString() {
      return bytes.length + " bytes, modified " + modified;
    }
  }

  @Test
  void readingValidatingAndRunningTheCorpusChangesNoFile() throws IOException {
    Map<Path, Snapshot> before = snapshot(Corpus.MALFORMED);
    assertThat(before).hasSizeGreaterThanOrEqualTo(50);

    everyManifest(ManifestParser::parse);
    try (PluginRuntime runtime = PluginRuntime.builder().build()) {
      everyManifest(runtime::load);
    }
    for (String spec : MalformedFiles.names(MalformedSpecTests.DIRECTORY)) {
      SpecFileReader.read(MalformedSpecTests.DIRECTORY.resolve(spec));
    }
    EngineTestKit.engine(DataFlareTestEngine.ENGINE_ID)
        .configurationParameter(Constants.SPECS_DIRECTORY, MalformedSpecTests.DIRECTORY.toString())
        .selectors(selectDirectory(MalformedSpecTests.DIRECTORY.toFile()))
        .execute();
    BaselineStore baselines = BaselineStore.at(MalformedBaselineTests.DIRECTORY);
    for (String file : MalformedFiles.names(MalformedBaselineTests.DIRECTORY)) {
      quietly(() -> BaselineStore.readFile(MalformedBaselineTests.DIRECTORY.resolve(file)));
    }
    quietly(baselines::readAll);
    quietly(() -> baselines.read(MalformedBaselineTests.ID));

    assertThat(snapshot(Corpus.MALFORMED)).isEqualTo(before);
  }

  private static void everyManifest(ManifestUse use) {
    for (String file : MalformedFiles.names(MalformedManifestTests.DIRECTORY)) {
      quietly(() -> use.apply(MalformedManifestTests.DIRECTORY.resolve(file)));
    }
  }

  /** Runs something that is expected to fail on a malformed file. */
  private static void quietly(Runnable reading) {
    try {
      reading.run();
    } catch (RuntimeException expected) {
      // the failure itself is asserted elsewhere; here only its side effects matter
    }
  }

  private static Map<Path, Snapshot> snapshot(Path root) throws IOException {
    Map<Path, Snapshot> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(file, new Snapshot(Files.readAllBytes(file), Files.getLastModifiedTime(file)));
      }
    }
    return files;
  }

  @FunctionalInterface
  private interface ManifestUse {
    Object apply(Path manifest);
  }
}
