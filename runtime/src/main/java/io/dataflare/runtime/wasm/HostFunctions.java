package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.WasmModule;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The host functions one plugin's instances are linked with: {@code dataflare.log} and WASI preview
 * 1, each only when the module imports it (the contract has already checked the manifest and the
 * policy allow it). WASI gets no preopened directories, no environment, no arguments and an empty
 * stdin; its stdout and stderr go to the plugin log.
 */
final class HostFunctions {
  static final int MAX_LOG_MESSAGE_BYTES = 65_536;

  private static final Set<String> WASI_NAMES;

  static {
    try (WasiPreview1 probe = WasiPreview1.builder().build()) {
      WASI_NAMES =
          Arrays.stream(probe.toHostFunctions())
              .map(HostFunction::name)
              .collect(Collectors.toUnmodifiableSet());
    }
  }

  private final boolean log;
  private final boolean wasi;
  private final PluginLog pluginLog;

  HostFunctions(WasmModule module, PluginLog pluginLog) {
    this.log = ModuleFunctions.importsFunction(module, WasmAbi.LOG_MODULE, WasmAbi.LOG_NAME);
    this.wasi = ModuleFunctions.importsModule(module, WasmAbi.WASI_MODULE);
    this.pluginLog = pluginLog;
  }

  /** The WASI preview 1 functions Chicory provides. */
  static Set<String> wasiFunctionNames() {
    return WASI_NAMES;
  }

  /** Imports for one new instance; close the result with the instance. */
  Linked link() {
    ImportValues.Builder imports = ImportValues.builder();
    if (log) {
      imports.addFunction(
          new HostFunction(WasmAbi.LOG_MODULE, WasmAbi.LOG_NAME, WasmAbi.LOG_TYPE, this::log));
    }
    WasiPreview1 wasiInstance = null;
    if (wasi) {
      WasiOptions options =
          WasiOptions.builder()
              .withStdout(new LogOutputStream(pluginLog, 1))
              .withStderr(new LogOutputStream(pluginLog, 2))
              .build();
      wasiInstance = WasiPreview1.builder().withOptions(options).build();
      imports.addFunction(wasiInstance.toHostFunctions());
    }
    return new Linked(imports.build(), wasiInstance);
  }

  private long @Nullable [] log(Instance instance, long... args) {
    int level = (int) args[0];
    long ptr = args[1] & 0xFFFF_FFFFL;
    long len = args[2] & 0xFFFF_FFFFL;
    Memory memory = instance.memory();
    long size = (long) memory.pages() * WasmAbi.PAGE_BYTES;
    if (ptr + len > size) {
      throw new GuestViolation(
          "dataflare.log was called with ptr ["
              + ptr
              + "] and len ["
              + len
              + "], outside the linear memory of ["
              + size
              + "] bytes");
    }
    int shown = (int) Math.min(len, MAX_LOG_MESSAGE_BYTES);
    String message = new String(memory.readBytes((int) ptr, shown), StandardCharsets.UTF_8);
    pluginLog.log(level, shown < len ? message + " [truncated from " + len + " bytes]" : message);
    return null;
  }

  /** The imports of one instance and the WASI state to release with it. */
  record Linked(ImportValues imports, @Nullable WasiPreview1 wasi) implements AutoCloseable {
    @Override
    public void close() {
      if (wasi != null) {
        wasi.close();
      }
    }
  }
}
