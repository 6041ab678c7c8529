package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.InvalidException;
import com.dylibso.chicory.wasm.MalformedException;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.UnlinkableException;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.PluginException;
import io.dataflare.runtime.PluginFailure;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.internal.InstanceFactory;
import io.dataflare.runtime.internal.PluginCallException;
import io.dataflare.runtime.internal.PluginInstance;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Makes instances of one loaded WASM plugin: links the allowed host functions, applies the memory
 * limit, checks the ABI version and calls {@code dataflare_init}. Thread-safe; the module and its
 * compiled code are shared, everything else is per instance.
 */
final class WasmInstanceFactory implements InstanceFactory {
  private final PluginManifest manifest;
  private final CachedModule module;
  private final @Nullable Function<Instance, Machine> compiled;
  private final MemoryLimits limits;
  private final HostFunctions hostFunctions;
  private final byte[] config;
  private final boolean cacheHit;
  private final AtomicReference<@Nullable WasmInstance> probe = new AtomicReference<>();

  WasmInstanceFactory(
      PluginManifest manifest,
      CachedModule module,
      @Nullable Function<Instance, Machine> compiled,
      int limitPages,
      PluginLog log,
      boolean cacheHit) {
    this.manifest = manifest;
    this.module = module;
    this.compiled = compiled;
    this.limits = limits(module, limitPages);
    this.hostFunctions = new HostFunctions(module.module(), log);
    this.config = ConfigEncoder.encode(manifest.config());
    this.cacheHit = cacheHit;
  }

  /**
   * Host limits replace the module's own maximum in Chicory, so the instance gets the smaller of
   * the module's maximum and the limit.
   */
  private static MemoryLimits limits(CachedModule module, int limitPages) {
    return ModuleFunctions.declaredMemory(module.module())
        .map(
            declared ->
                new MemoryLimits(
                    declared.initialPages(), Math.min(declared.maximumPages(), limitPages)))
        .orElseGet(() -> new MemoryLimits(0, limitPages));
  }

  /** Creates the first instance now, so that a load fails early; {@link #create} hands it out. */
  void probe() {
    probe.set(instantiate());
  }

  @Override
  public PluginInstance create() {
    WasmInstance ready = probe.getAndSet(null);
    return ready != null ? ready : instantiate();
  }

  @Override
  public boolean wasCacheHit() {
    return cacheHit;
  }

  private WasmInstance instantiate() {
    HostFunctions.Linked imports = hostFunctions.link();
    InstructionCounter counter = compiled == null ? new InstructionCounter() : null;
    try {
      Instance.Builder builder =
          Instance.builder(module.module())
              .withImportValues(imports.imports())
              .withMemoryLimits(limits)
              .withMemoryFactory(GrowthTrackingMemory::new);
      if (compiled != null) {
        builder.withMachineFactory(compiled);
      } else {
        builder.withUnsafeExecutionListener(counter);
      }
      WasmInstance instance =
          new WasmInstance(builder.build(), imports, manifest.plugin().type(), counter);
      int version = instance.abiVersion();
      if (version != WasmAbi.VERSION) {
        throw failure(
            FailureKind.INVALID_MODULE,
            WasmModuleContract.abiVersionProblem(version).message(),
            null);
      }
      instance.init(config);
      return instance;
    } catch (PluginCallException e) {
      imports.close();
      throw failure(e.kind(), e.getMessage(), e);
    } catch (UnlinkableException
        | UninstantiableException
        | InvalidException
        | MalformedException e) {
      imports.close();
      throw failure(
          FailureKind.INVALID_MODULE, "the module cannot be instantiated: " + e.getMessage(), e);
    } catch (ChicoryException e) {
      imports.close();
      throw failure(
          FailureKind.TRAP, "the module trapped while instantiating: " + e.getMessage(), e);
    } catch (StackOverflowError | OutOfMemoryError e) {
      imports.close();
      throw failure(
          e instanceof OutOfMemoryError ? FailureKind.MEMORY_LIMIT : FailureKind.TRAP,
          "instantiating the module failed: " + e,
          e);
    } catch (RuntimeException e) {
      imports.close();
      throw e;
    }
  }

  private PluginException failure(FailureKind kind, String detail, @Nullable Throwable cause) {
    PluginFailure failure = new PluginFailure(kind, manifest.plugin().name(), -1, detail);
    return cause == null ? new PluginException(failure) : new PluginException(failure, cause);
  }
}
