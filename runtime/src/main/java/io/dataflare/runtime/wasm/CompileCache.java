package io.dataflare.runtime.wasm;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.dylibso.chicory.wasm.Parser;
import io.dataflare.runtime.ExecutionMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.apiguardian.api.API;

/**
 * Parsed and compiled modules keyed by the SHA-256 of their bytes, shared by every handle of one
 * runtime. A module is parsed once and, in compiled mode, compiled once; every instance of every
 * handle loading the same bytes then shares the result. Thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class CompileCache {
  private final ConcurrentMap<String, CachedModule> modules = new ConcurrentHashMap<>();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  public CompileCache() {}

  /** Loads that found what their execution mode needs here (parsed, and compiled if compiled). */
  public long hits() {
    return hits.sum();
  }

  /** Loads that had to parse or compile their module. */
  public long misses() {
    return misses.sum();
  }

  /** Distinct modules held. */
  public int size() {
    return modules.size();
  }

  /**
   * The module with these bytes, parsed on first use. A lookup is a hit when the module was parsed
   * already and, for {@code COMPILED}, compiled already; the caller compiles it through {@link
   * CachedModule#compiled} once it has checked the module's contract.
   *
   * @throws com.dylibso.chicory.wasm.ChicoryException when the bytes are not a valid module
   */
  Lookup lookup(byte[] bytes, ExecutionMode mode) {
    String sha256 = sha256(bytes);
    CachedModule existing = modules.get(sha256);
    boolean parsed = existing != null;
    CachedModule module =
        parsed
            ? existing
            : modules.computeIfAbsent(sha256, key -> new CachedModule(key, Parser.parse(bytes)));
    boolean hit = parsed && (mode == ExecutionMode.INTERPRETER || module.isCompiled());
    (hit ? hits : misses).increment();
    return new Lookup(module, hit);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }

  /** A module found or added, and whether it was a hit. */
  record Lookup(CachedModule module, boolean hit) {}
}
