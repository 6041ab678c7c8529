package io.dataflare.benchmarks.raw;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExecutionListener;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.dataflare.benchmarks.Sample;
import io.dataflare.runtime.ExecutionMode;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A sample's module parsed once and, in compiled mode, compiled once. */
public final class RawModule {
  private final Sample sample;
  private final WasmModule module;
  private final @Nullable Function<Instance, Machine> compiled;

  public RawModule(Sample sample, ExecutionMode mode) {
    this.sample = sample;
    this.module = Parser.parse(sample.module());
    this.compiled = mode == ExecutionMode.COMPILED ? MachineFactoryCompiler.compile(module) : null;
  }

  public Sample sample() {
    return sample;
  }

  /**
   * A new instance of the module on {@code memory}, with {@code listener} called on every
   * instruction when there is one (the interpreter only); its exports are not called yet.
   */
  Instance instantiate(MemoryKind memory, @Nullable ExecutionListener listener) {
    Instance.Builder builder = Instance.builder(module).withMemoryFactory(memory::create);
    if (compiled != null) {
      builder.withMachineFactory(compiled);
    }
    if (listener != null) {
      builder.withUnsafeExecutionListener(listener);
    }
    return builder.build();
  }
}
