package io.dataflare.runtime.wasm;

import static io.dataflare.runtime.wasm.WasmFixtures.fixture;
import static io.dataflare.runtime.wasm.WasmFixtures.manifest;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compile cache finds modules by the SHA-256 of their bytes, whatever their path. */
class CompileCacheTests {
  private final CompileCache cache = new CompileCache();

  @TempDir Path temp;

  private WasmInstanceFactory load(PluginManifest manifest, ExecutionMode mode) {
    return WasmBackend.prepare(
        manifest, mode, SecurityPolicy.defaults(), cache, WasmFixtures.SILENT);
  }

  @Test
  void firstLoadIsAMissAndTheSecondAHit() {
    PluginManifest manifest = manifest("misbehaving", PluginType.FILTER);

    WasmInstanceFactory first = load(manifest, ExecutionMode.COMPILED);
    WasmInstanceFactory second = load(manifest, ExecutionMode.COMPILED);

    assertThat(first.wasCacheHit()).isFalse();
    assertThat(second.wasCacheHit()).isTrue();
    assertThat(cache.hits()).isEqualTo(1);
    assertThat(cache.misses()).isEqualTo(1);
  }

  @Test
  void theSameBytesUnderAnotherPathAndNameAreAHit() throws Exception {
    Path copy = Files.copy(fixture("misbehaving"), temp.resolve("renamed.wasm"));
    load(manifest("misbehaving", PluginType.FILTER), ExecutionMode.COMPILED);

    WasmInstanceFactory again =
        load(manifest(copy, PluginType.MAP).build(), ExecutionMode.COMPILED);

    assertThat(again.wasCacheHit()).isTrue();
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void differentBytesAreAMiss() {
    load(manifest("misbehaving", PluginType.FILTER), ExecutionMode.COMPILED);

    WasmInstanceFactory other = load(manifest("echo_map", PluginType.MAP), ExecutionMode.COMPILED);

    assertThat(other.wasCacheHit()).isFalse();
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void aModuleParsedForTheInterpreterIsCompiledOnItsFirstCompiledLoad() {
    PluginManifest manifest = manifest("misbehaving", PluginType.FILTER);
    load(manifest, ExecutionMode.INTERPRETER);

    WasmInstanceFactory compiled = load(manifest, ExecutionMode.COMPILED);
    WasmInstanceFactory interpreted = load(manifest, ExecutionMode.INTERPRETER);

    assertThat(compiled.wasCacheHit()).isFalse();
    assertThat(interpreted.wasCacheHit()).isTrue();
  }

  @Test
  void keysAreTheHexSha256OfTheBytes() {
    assertThat(CompileCache.sha256("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
