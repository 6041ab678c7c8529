package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How WASM code is executed. Native plugins ignore it. */
@API(status = STABLE, since = "0.1")
public enum ExecutionMode {
  /** Chicory's runtime compiler translates the module to JVM bytecode once; the default. */
  COMPILED,
  /**
   * Chicory's interpreter: slower, but counts executed instructions exactly and enforces an
   * instruction budget.
   */
  INTERPRETER
}
