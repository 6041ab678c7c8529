package io.dataflare.runtime.internal;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import io.dataflare.runtime.nativ.NativeBackend;
import io.dataflare.runtime.wasm.CompileCache;
import io.dataflare.runtime.wasm.FunctionCoverage;
import io.dataflare.runtime.wasm.WasmBackend;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The runtime behind {@link io.dataflare.runtime.PluginRuntime}: one compile cache, one set of call
 * workers (native calls) and one call watchdog (WASM calls) shared by every handle it loads. Each
 * load gets its own instance pool, so a manifest loaded again with other limits ({@code
 * manifest.withRuntime(...)}) runs under those limits while still finding its module in the compile
 * cache.
 */
public final class RuntimeCore implements AutoCloseable {
  private final ExecutionMode executionMode;
  private final SecurityPolicy policy;
  private final int poolSize;
  private final @Nullable FunctionCoverage coverage;
  private final CompileCache cache = new CompileCache();
  private final CallExecutor executor = new CallExecutor("dataflare-call");
  private final Watchdog watchdog = new Watchdog("dataflare-call-watchdog");
  private final LoadedHandles handles = new LoadedHandles();
  private volatile boolean closed;

  public RuntimeCore(ExecutionMode executionMode, SecurityPolicy policy, int poolSize) {
    this(executionMode, policy, poolSize, null);
  }

  /** A runtime that records executed WASM functions into {@code coverage} (interpreter only). */
  public RuntimeCore(
      ExecutionMode executionMode,
      SecurityPolicy policy,
      int poolSize,
      @Nullable FunctionCoverage coverage) {
    WasmBackend.requireInterpreterFor(coverage, executionMode);
    this.coverage = coverage;
    this.executionMode = Objects.requireNonNull(executionMode, "executionMode");
    this.policy = Objects.requireNonNull(policy, "policy");
    if (poolSize < 1) {
      throw new IllegalArgumentException("pool size must be at least 1 but was [" + poolSize + "]");
    }
    this.poolSize = poolSize;
  }

  /** Loads a WASM plugin when the manifest names a module, a native one otherwise. */
  public PluginHandle load(PluginManifest manifest) {
    Objects.requireNonNull(manifest, "manifest");
    ensureOpen();
    if (manifest.plugin().isWasm()) {
      PluginManifest effective = withPolicyMemory(manifest);
      return register(
          effective, WasmBackend.prepare(effective, executionMode, policy, cache, coverage), true);
    }
    return register(manifest, NativeBackend.prepare(manifest, null), false);
  }

  /** Loads a native plugin whose instances {@code factory} makes. */
  public PluginHandle load(PluginManifest manifest, Supplier<? extends DataFlarePlugin> factory) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(factory, "factory");
    ensureOpen();
    if (manifest.plugin().isWasm()) {
      throw new IllegalArgumentException(
          "manifest "
              + manifest.describeSource()
              + " names a WASM module ["
              + manifest.plugin().module()
              + "]; a supplier is for native plugins: load the manifest without one");
    }
    return register(manifest, NativeBackend.prepare(manifest, factory), false);
  }

  /** The manifest with the smaller of its own and the policy's memory limit. */
  private PluginManifest withPolicyMemory(PluginManifest manifest) {
    PluginManifest.Runtime runtime = manifest.runtime();
    return runtime.maxMemoryMb() <= policy.maxMemoryMb()
        ? manifest
        : manifest.withRuntime(runtime.withMaxMemoryMb(policy.maxMemoryMb()));
  }

  private PluginHandle register(PluginManifest manifest, InstanceFactory factory, boolean wasm) {
    PooledHandle handle =
        new PooledHandle(manifest, factory, wasm, poolSize, executor, watchdog, cache);
    handles.add(handle);
    if (closed) { // closed while loading
      handle.close();
      ensureOpen();
    }
    return handle;
  }

  public ExecutionMode executionMode() {
    return executionMode;
  }

  /** The compile cache shared by every WASM handle of this runtime. */
  public CompileCache compileCache() {
    return cache;
  }

  /** Loaded handles still referenced somewhere (the runtime holds them weakly). */
  public int handlesInUse() {
    return handles.size();
  }

  /** Worker threads started so far, including ones abandoned to plugins that ignored a deadline. */
  public int workerThreadsStarted() {
    return executor.threadsStarted();
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("this PluginRuntime is closed; build a new one");
    }
  }

  /** Closes every pool (idle instances now, busy ones when they come back) and the workers. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    handles.closeAll();
    executor.close();
    watchdog.close();
  }
}
