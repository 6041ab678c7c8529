package io.dataflare.runtime.wasm;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.dataflare.plugin.PluginType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The names, signatures and layout constants of WASM ABI version 1 ({@code docs/wasm-abi.md}). */
final class WasmAbi {
  static final int VERSION = 1;

  static final String MEMORY = "memory";
  static final String ABI_VERSION = "dataflare_abi_version";
  static final String ALLOC = "dataflare_alloc";
  static final String INIT = "dataflare_init";
  static final String RESET = "dataflare_reset";

  static final String LOG_MODULE = "dataflare";
  static final String LOG_NAME = "log";
  static final String WASI_MODULE = "wasi_snapshot_preview1";

  /** "DFB1" read as a little-endian u32. */
  static final int BATCH_MAGIC = 0x31424644;

  static final int BATCH_HEADER_BYTES = 8;
  static final int DESCRIPTOR_BYTES = 48;
  static final int OUTPUT_ENTRY_HEADER_BYTES = 8;
  static final int MAX_FLAT_MAP_OUTPUTS_PER_RECORD = 1024;
  static final long MAX_OUTPUT_BYTES = 64L << 20;
  static final int PAGE_BYTES = 65_536;
  static final int PAGES_PER_MIB = 16;

  static final int STATUS_OK = 0;
  static final int STATUS_PLUGIN_ERROR = 1;
  static final int KEEP_INPUT = -1;
  static final int WHOLE_BATCH = -1;

  static final FunctionType ABI_VERSION_TYPE = type(List.of(), List.of(ValType.I32));
  static final FunctionType ALLOC_TYPE = type(List.of(ValType.I32), List.of(ValType.I32));
  static final FunctionType ENTRY_TYPE =
      type(List.of(ValType.I32, ValType.I32), List.of(ValType.I64));
  static final FunctionType INIT_TYPE =
      type(List.of(ValType.I32, ValType.I32), List.of(ValType.I32));
  static final FunctionType RESET_TYPE = type(List.of(), List.of());
  static final FunctionType LOG_TYPE =
      type(List.of(ValType.I32, ValType.I32, ValType.I32), List.of());

  private WasmAbi() {}

  /** The entry point a module of this type exports, e.g. {@code dataflare_filter_map}. */
  static String entryPoint(PluginType type) {
    return "dataflare_" + type.manifestName();
  }

  /** A signature as plugin authors read it: {@code (i32, i32) -> i64}. */
  static String describe(FunctionType type) {
    return "("
        + names(type.params())
        + ") -> "
        + (type.returns().size() == 1 ? names(type.returns()) : "(" + names(type.returns()) + ")");
  }

  private static String names(List<ValType> types) {
    return types.stream()
        .map(t -> t.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  private static FunctionType type(List<ValType> params, List<ValType> returns) {
    return FunctionType.of(params, returns);
  }
}
