package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.runtime.wasm.FunctionCoverage.Function;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Which functions of a WASM plugin's module its spec cases executed, measured in interpreter mode.
 *
 * @param casesRun how many cases ran
 * @param functions every function the module defines, each marked executed or not; empty when the
 *     module could not be loaded
 * @param problem why the module could not be loaded, or null
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExecutedFunctions(int casesRun, List<Function> functions, @Nullable String problem) {

  public ExecutedFunctions {
    functions = List.copyOf(functions);
  }

  /** How many functions ran. */
  public int executed() {
    return (int) functions.stream().filter(Function::executed).count();
  }

  /** The functions that never ran. */
  public List<Function> notExecuted() {
    return functions.stream().filter(f -> !f.executed()).toList();
  }
}
