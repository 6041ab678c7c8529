package io.dataflare.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkException;
import org.openjdk.jmh.runner.RunnerException;

class FailureCausesTests {

  /** The shape JMH gives a fork's exception: Runner > Benchmark > Benchmark(suppressed) > ours. */
  private static RunnerException wrappedAsJmhDoes(Throwable forkError) {
    BenchmarkException fromFork = new BenchmarkException("Benchmark error", List.of(forkError));
    return new RunnerException("Benchmark caught the exception", new BenchmarkException(fromFork));
  }

  @Test
  void findsTheBenchmarkFailureInsideJmhsWrapping() {
    RunnerException error = wrappedAsJmhDoes(new BenchmarkFailure("Benchmark [a/b] failed: x"));

    assertThat(FailureCauses.benchmarkFailure(error)).hasValue("Benchmark [a/b] failed: x");
  }

  @Test
  void otherwiseNamesTheFirstErrorThatIsNotJmhs() {
    RunnerException error = wrappedAsJmhDoes(new IllegalStateException("no such class"));

    assertThat(FailureCauses.benchmarkFailure(error)).isEmpty();
    assertThat(FailureCauses.rootCause(error)).isEqualTo("IllegalStateException: no such class");
  }
}
