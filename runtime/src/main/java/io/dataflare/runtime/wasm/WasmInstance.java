package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.internal.CallMeter;
import io.dataflare.runtime.internal.PluginCallException;
import io.dataflare.runtime.internal.PluginInstance;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Chicory instance of a WASM plugin, driven through ABI 1: the batch is encoded straight into
 * the region of linear memory {@code dataflare_alloc} gave (allocated again only when a batch
 * outgrows it), processed by one entry call, and its output validated and decoded where the guest
 * left it.
 *
 * <p>Not thread-safe: the runtime core lends an instance to one thread at a time. A thread
 * interrupt stops a running call with {@code TIMEOUT}.
 */
final class WasmInstance implements PluginInstance {
  private final Instance instance;
  private final LinearMemory memory;
  private final MemoryUse use;
  private final HostFunctions.Linked imports;
  private final String entryName;
  private final ExportFunction entry;
  private final ExportFunction alloc;
  private final @Nullable ExportFunction reset;
  private final @Nullable ExportFunction init;
  private final @Nullable InstructionCounter counter;
  private final BatchDecoder decoder;
  private int region;
  private long regionSize;

  WasmInstance(
      Instance instance,
      HostFunctions.Linked imports,
      PluginType type,
      @Nullable InstructionCounter counter) {
    this.instance = instance;
    this.memory = linearMemory(instance);
    this.use = new MemoryUse(memory);
    this.imports = imports;
    this.entryName = WasmAbi.entryPoint(type);
    this.entry = instance.export(entryName);
    this.alloc = instance.export(WasmAbi.ALLOC);
    this.reset = exported(instance, WasmAbi.RESET);
    this.init = exported(instance, WasmAbi.INIT);
    this.counter = counter;
    this.decoder = new BatchDecoder(type);
  }

  private static LinearMemory linearMemory(Instance instance) {
    if (instance.memory() instanceof LinearMemory linear) {
      return linear;
    }
    throw new IllegalStateException(
        "the instance's memory is not the runtime's LinearMemory: build it with"
            + " WasmInstanceFactory");
  }

  private static @Nullable ExportFunction exported(Instance instance, String name) {
    return ModuleFunctions.export(instance.module(), name).isPresent()
        ? instance.export(name)
        : null;
  }

  /** Calls {@code dataflare_init} with the encoded {@code [config]}, when the module has it. */
  void init(byte[] config) throws PluginCallException {
    if (init == null) {
      return;
    }
    ExportFunction function = init;
    int result =
        guarded(
            WasmAbi.INIT,
            () -> {
              int ptr = allocate(config.length);
              memory.write(ptr, config, 0, config.length);
              // the config region is the guest's again after init: batches get their own region
              regionSize = 0;
              return (int) function.apply(ptr, config.length)[0];
            });
    if (result != 0) {
      throw new PluginCallException(
          FailureKind.PLUGIN_ERROR,
          -1,
          WasmAbi.INIT + " returned [" + result + "] (0 means success)");
    }
  }

  /** What {@code dataflare_abi_version} returns. */
  int abiVersion() throws PluginCallException {
    return guarded(
        WasmAbi.ABI_VERSION, () -> (int) instance.export(WasmAbi.ABI_VERSION).apply()[0]);
  }

  @Override
  public List<OutputRecord> call(List<PluginRecord> batch, CallMeter meter)
      throws PluginCallException {
    // written out rather than through guarded(..): no lambda to allocate on the hottest path
    try {
      use.callStarts();
      int length = BatchEncoder.size(batch, use.limitBytes());
      int ptr = length <= regionSize ? region : allocate(length);
      BatchEncoder.encode(batch, memory.bytes(), ptr);
      long packed = runEntry(ptr, length, meter);
      return decoder.decode(memory, packed >>> 32, packed & 0xFFFF_FFFFL, batch);
    } catch (Throwable thrown) {
      CallFailures.rethrowIfHostError(thrown);
      throw CallFailures.classify(thrown, entryName, use);
    }
  }

  /**
   * Runs one guest call, turning whatever the guest makes it throw into a {@link
   * PluginCallException}.
   */
  private <T> T guarded(String what, GuestCall<T> call) throws PluginCallException {
    try {
      use.callStarts();
      return call.run();
    } catch (Throwable thrown) {
      CallFailures.rethrowIfHostError(thrown);
      throw CallFailures.classify(thrown, what, use);
    }
  }

  private long runEntry(int ptr, int length, CallMeter meter) {
    boolean metered = counter != null && (meter.countInstructions || meter.instructionBudget > 0);
    if (!metered) {
      return entry.apply(ptr, length)[0];
    }
    counter.start(meter.instructionBudget);
    try {
      return entry.apply(ptr, length)[0];
    } finally {
      long executed = counter.stop();
      if (meter.countInstructions) {
        meter.instructions = executed;
      }
    }
  }

  /** Asks the guest for a region of {@code size} bytes and checks what it returned. */
  private int allocate(int size) throws PluginCallException {
    long ptr = alloc.apply(size)[0] & 0xFFFF_FFFFL;
    long memorySize = use.sizeBytes();
    String call = WasmAbi.ALLOC + "(" + size + ") returned [" + ptr + "]";
    if (ptr == 0 || ptr + size > memorySize) {
      if (ptr == 0 && use.cannotFit(size)) {
        throw new PluginCallException(
            FailureKind.MEMORY_LIMIT,
            -1,
            call
                + ": the region does not fit in the memory's limit of "
                + use.limit()
                + " with ["
                + use.pages()
                + "] pages in use");
      }
      if (ptr == 0 && use.ranOutOfMemory()) {
        throw new PluginCallException(FailureKind.MEMORY_LIMIT, -1, call + " " + use.howItRanOut());
      }
      throw new PluginCallException(
          FailureKind.ABI_VIOLATION,
          -1,
          ptr == 0
              ? call + ": the guest could not allocate the input buffer"
              : call
                  + ": the region ends at ["
                  + (ptr + size)
                  + "], past the linear memory of ["
                  + memorySize
                  + "] bytes");
    }
    if (ptr % 8 != 0) {
      throw new PluginCallException(
          FailureKind.ABI_VIOLATION, -1, call + ": ABI 1 requires an 8-byte aligned pointer");
    }
    region = (int) ptr;
    regionSize = size;
    return region;
  }

  @Override
  public void reset() throws PluginCallException {
    if (reset == null) {
      return;
    }
    ExportFunction function = reset;
    guarded(WasmAbi.RESET, () -> function.apply());
  }

  @Override
  public long memoryBytes() {
    return use.sizeBytes();
  }

  @Override
  public void close() {
    imports.close();
  }

  /** The imports (WASI state): all {@link #close} releases, without the guest's memory. */
  @Override
  public AutoCloseable resources() {
    return imports;
  }

  /** A piece of work that runs guest code. */
  @FunctionalInterface
  private interface GuestCall<T> {
    T run() throws PluginCallException;
  }
}
