package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
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
  private final FunctionCoverage.@Nullable Recorder coverage;
  private final AtomicReference<@Nullable WasmInstance> probe = new AtomicReference<>();

  WasmInstanceFactory(
      PluginManifest manifest,
      CachedModule module,
      @Nullable Function<Instance, Machine> compiled,
      int limitPages,
      PluginLog log,
      boolean cacheHit,
      FunctionCoverage.@Nullable Recorder coverage) {
    this.manifest = manifest;
    this.module = module;
    this.compiled = compiled;
    this.limits = limits(module, limitPages);
    this.hostFunctions = new HostFunctions(module.module(), log);
    this.config = ConfigEncoder.encode(manifest.config());
    this.cacheHit = cacheHit;
    this.coverage = coverage;
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
    InstructionCounter counter = compiled == null ? new InstructionCounter(coverage) : null;
    InitDeadline deadline = new InitDeadline(manifest.runtime().maxExecutionTimeMs());
    try (deadline) {
      Instance.Builder builder =
          Instance.builder(module.module())
              .withImportValues(imports.imports())
              .withMemoryLimits(limits)
              .withMemoryFactory(LinearMemory::new);
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
    } catch (PluginException e) {
      imports.close();
      throw e;
    } catch (Throwable e) {
      imports.close();
      CallFailures.rethrowIfHostError(e);
      throw creationFailure(e, deadline);
    }
  }

  /** What a failure while creating an instance means, once its deadline is disarmed. */
  private PluginException creationFailure(Throwable failed, InitDeadline deadline) {
    // Chicory wraps what a start function threw (a trap, an interrupt) as uninstantiable
    Throwable thrown =
        failed instanceof UninstantiableException && failed.getCause() != null
            ? failed.getCause()
            : failed;
    boolean timedOut =
        deadline.fired()
            && (thrown instanceof ChicoryInterruptedException
                || thrown instanceof PluginCallException call
                    && call.kind() == FailureKind.TIMEOUT);
    if (timedOut) {
      return failure(
          FailureKind.TIMEOUT,
          "creating an instance (start function, "
              + WasmAbi.ABI_VERSION
              + ", "
              + WasmAbi.INIT
              + ") did not finish within [runtime] max_execution_time_ms ["
              + deadline.millis()
              + "]",
          thrown);
    }
    if (thrown instanceof PluginCallException call) {
      return failure(call.kind(), call.getMessage(), call);
    }
    if (thrown instanceof OutOfMemoryError) {
      return failure(
          FailureKind.MEMORY_LIMIT, "instantiating made the host run out of heap", thrown);
    }
    if (thrown instanceof StackOverflowError) {
      return failure(FailureKind.TRAP, "the start function exhausted the call stack", thrown);
    }
    boolean unusable =
        thrown instanceof UnlinkableException
            || thrown instanceof UninstantiableException
            || thrown instanceof InvalidException
            || thrown instanceof MalformedException
            || !(thrown instanceof ChicoryException);
    return unusable
        ? failure(
            FailureKind.INVALID_MODULE,
            "the module cannot be instantiated: " + CallFailures.describeCause(thrown),
            thrown)
        : failure(
            FailureKind.TRAP,
            "the module trapped while instantiating: " + CallFailures.describeCause(thrown),
            thrown);
  }

  private PluginException failure(FailureKind kind, String detail, @Nullable Throwable cause) {
    PluginFailure failure = new PluginFailure(kind, manifest.plugin().name(), -1, detail);
    return cause == null ? new PluginException(failure) : new PluginException(failure, cause);
  }
}
