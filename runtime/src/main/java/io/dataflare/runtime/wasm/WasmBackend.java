package io.dataflare.runtime.wasm;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginException;
import io.dataflare.runtime.PluginFailure;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import io.dataflare.runtime.internal.InstanceFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Prepares WASM plugins for the runtime core. */
@API(status = INTERNAL, since = "0.1")
public final class WasmBackend {
  private WasmBackend() {}

  /**
   * Reads, validates (ABI version, exports, imports against manifest permissions and policy, memory
   * limits) and compiles (or takes from the cache) the manifest's module, then creates a first
   * instance, which checks {@code dataflare_abi_version} and runs {@code dataflare_init}.
   *
   * @throws io.dataflare.runtime.PluginException INVALID_MODULE, POLICY_VIOLATION, ABI_VIOLATION,
   *     MEMORY_LIMIT, TRAP or PLUGIN_ERROR (init failed), naming the plugin, the export or import,
   *     and the fix
   */
  public static InstanceFactory prepare(
      PluginManifest manifest, ExecutionMode mode, SecurityPolicy policy, CompileCache cache) {
    return prepare(manifest, mode, policy, cache, (FunctionCoverage) null);
  }

  /**
   * Like {@link #prepare(PluginManifest, ExecutionMode, SecurityPolicy, CompileCache)}, recording
   * the functions that run into {@code coverage} when it is given.
   *
   * @throws IllegalArgumentException when {@code coverage} is given in compiled mode, whose code
   *     reports no executed functions
   */
  public static InstanceFactory prepare(
      PluginManifest manifest,
      ExecutionMode mode,
      SecurityPolicy policy,
      CompileCache cache,
      @Nullable FunctionCoverage coverage) {
    return prepare(
        manifest, mode, policy, cache, PluginLog.systemLogger(manifest.plugin().name()), coverage);
  }

  static WasmInstanceFactory prepare(
      PluginManifest manifest,
      ExecutionMode mode,
      SecurityPolicy policy,
      CompileCache cache,
      PluginLog log) {
    return prepare(manifest, mode, policy, cache, log, null);
  }

  private static WasmInstanceFactory prepare(
      PluginManifest manifest,
      ExecutionMode mode,
      SecurityPolicy policy,
      CompileCache cache,
      PluginLog log,
      @Nullable FunctionCoverage coverage) {
    requireInterpreterFor(coverage, mode);
    byte[] bytes = read(manifest);
    CompileCache.Lookup lookup;
    try {
      lookup = cache.lookup(bytes, mode);
    } catch (Throwable e) {
      CallFailures.rethrowIfHostError(e);
      throw rejected(manifest, List.of(WasmModuleContract.notWebAssembly(bytes, e)), e);
    }
    List<ContractProblem> problems =
        WasmModuleContract.check(lookup.module().module(), manifest, policy);
    if (!problems.isEmpty()) {
      throw rejected(manifest, problems, null);
    }
    WasmInstanceFactory factory =
        new WasmInstanceFactory(
            manifest,
            lookup.module(),
            compile(manifest, lookup.module(), mode),
            WasmModuleContract.memoryLimitPages(manifest, policy),
            log,
            lookup.hit(),
            FunctionCoverage.recorderOrNull(coverage, lookup.module()));
    factory.probe();
    return factory;
  }

  /** Function coverage needs the interpreter: compiled code never calls a listener. */
  public static void requireInterpreterFor(
      @Nullable FunctionCoverage coverage, ExecutionMode mode) {
    if (coverage != null && mode != ExecutionMode.INTERPRETER) {
      throw new IllegalArgumentException(
          "function coverage is measured by the interpreter but the execution mode is ["
              + mode
              + "]: use ExecutionMode.INTERPRETER");
    }
  }

  private static byte[] read(PluginManifest manifest) {
    Path path =
        manifest
            .modulePath()
            .orElseThrow(
                () ->
                    failure(
                        manifest,
                        "plugin.toml has no [plugin] module: name the plugin's .wasm file",
                        null));
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw failure(
          manifest,
          "module file ["
              + path
              + "] does not exist: build the plugin or fix [plugin] module in "
              + manifest.describeSource(),
          e);
    } catch (IOException e) {
      throw failure(manifest, "module file [" + path + "] cannot be read: " + e, e);
    }
  }

  private static @Nullable Function<Instance, Machine> compile(
      PluginManifest manifest, CachedModule module, ExecutionMode mode) {
    if (mode != ExecutionMode.COMPILED) {
      return null;
    }
    try {
      return module.compiled();
    } catch (Throwable e) {
      CallFailures.rethrowIfHostError(e);
      throw failure(
          manifest,
          "Chicory's compiler rejected the module ("
              + e
              + "); load it with ExecutionMode.INTERPRETER or report the module to Chicory",
          e);
    }
  }

  private static PluginException rejected(
      PluginManifest manifest, List<ContractProblem> problems, @Nullable Throwable cause) {
    String detail =
        problems.stream().map(ContractProblem::message).collect(Collectors.joining("; "));
    PluginFailure failure =
        new PluginFailure(problems.get(0).kind(), manifest.plugin().name(), -1, detail);
    return cause == null ? new PluginException(failure) : new PluginException(failure, cause);
  }

  private static PluginException failure(
      PluginManifest manifest, String detail, @Nullable Throwable cause) {
    PluginFailure failure =
        new PluginFailure(FailureKind.INVALID_MODULE, manifest.plugin().name(), -1, detail);
    return cause == null ? new PluginException(failure) : new PluginException(failure, cause);
  }
}
