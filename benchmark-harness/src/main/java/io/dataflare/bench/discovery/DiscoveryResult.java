package io.dataflare.bench.discovery;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.bench.plan.BenchmarkPlan;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What discovery found: the plan of every benchmark that could be read, the problems that kept
 * other specs out, and the benchmarks left out on purpose.
 *
 * @param plan the benchmarks found, in discovery order
 * @param problems one line per spec that could not be read, as {@code where: what (fix: ...)}
 * @param skipped one line per benchmark left out, with the reason (e.g. {@code benchmark_enabled =
 *     false})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DiscoveryResult(BenchmarkPlan plan, List<String> problems, List<String> skipped) {
  public DiscoveryResult {
    Objects.requireNonNull(plan, "plan");
    problems = List.copyOf(problems);
    skipped = List.copyOf(skipped);
  }

  /**
   * The plan, when every spec could be read.
   *
   * @throws IllegalStateException listing every problem otherwise
   */
  public BenchmarkPlan requirePlan() {
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          problems.size()
              + (problems.size() == 1 ? " spec problem" : " spec problems")
              + " kept benchmarks out of the plan:\n  "
              + String.join("\n  ", problems));
    }
    return plan;
  }
}
