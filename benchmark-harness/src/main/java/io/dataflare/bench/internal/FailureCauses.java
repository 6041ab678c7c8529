package io.dataflare.bench.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the error that matters inside JMH's wrapping: JMH carries a fork's exception back as a
 * suppressed exception of its own {@code BenchmarkException}, inside a {@code RunnerException}.
 */
final class FailureCauses {
  private FailureCauses() {}

  /** The message of the first {@link BenchmarkFailure} among the error's causes, if any. */
  static Optional<String> benchmarkFailure(Throwable error) {
    return walk(error).stream()
        .filter(BenchmarkFailure.class::isInstance)
        .map(Throwable::getMessage)
        .findFirst();
  }

  /** The first error that is not JMH's own wrapping, as {@code Type: message}. */
  static String rootCause(Throwable error) {
    Throwable shown = walk(error).stream().filter(e -> !isWrapper(e)).findFirst().orElse(error);
    return shown.getClass().getSimpleName() + ": " + shown.getMessage();
  }

  /** The error, its causes and suppressed exceptions, breadth first. */
  private static List<Throwable> walk(Throwable error) {
    List<Throwable> all = new ArrayList<>();
    Deque<Throwable> pending = new ArrayDeque<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    pending.add(error);
    while (!pending.isEmpty()) {
      Throwable current = pending.removeFirst();
      if (seen.add(current)) {
        all.add(current);
        if (current.getCause() != null) {
          pending.add(current.getCause());
        }
        Collections.addAll(pending, current.getSuppressed());
      }
    }
    return all;
  }

  private static boolean isWrapper(Throwable error) {
    return error instanceof InvocationTargetException
        || error.getClass().getName().startsWith("org.openjdk.jmh.");
  }
}
