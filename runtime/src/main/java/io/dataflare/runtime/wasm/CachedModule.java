package io.dataflare.runtime.wasm;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A parsed module and, once asked for, its compiled machine factory: JVM bytecode generated once
 * and reused by every instance.
 */
final class CachedModule {
  private final String sha256;
  private final WasmModule module;
  private volatile @Nullable Function<Instance, Machine> compiled;

  CachedModule(String sha256, WasmModule module) {
    this.sha256 = sha256;
    this.module = module;
  }

  String sha256() {
    return sha256;
  }

  WasmModule module() {
    return module;
  }

  boolean isCompiled() {
    return compiled != null;
  }

  /** The compiled machine factory, compiling the module on first use. */
  Function<Instance, Machine> compiled() {
    Function<Instance, Machine> factory = compiled;
    if (factory == null) {
      synchronized (this) {
        factory = compiled;
        if (factory == null) {
          factory = MachineFactoryCompiler.compile(module);
          compiled = factory;
        }
      }
    }
    return factory;
  }
}
