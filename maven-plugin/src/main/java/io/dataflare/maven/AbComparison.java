package io.dataflare.maven;

import io.dataflare.baselines.MeasurementSet;
import io.dataflare.baselines.gate.GateResult;
import io.dataflare.baselines.gate.RegressionGate;
import io.dataflare.baselines.jmh.JmhResultReader;
import io.dataflare.bench.BenchmarkMode;
import io.dataflare.bench.plan.BenchmarkPlan;
import io.dataflare.maven.internal.HarnessFork;
import io.dataflare.maven.internal.ab.MeasurementMerge;
import io.dataflare.maven.internal.ab.PreviousArtifact;
import io.dataflare.maven.internal.ab.PreviousPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The check goal's A/B mode: the previous artifact (A) and this build (B) benchmarked in turns, one
 * fork per side per round, so both sides share the machine's drift; then the gate compares them.
 */
final class AbComparison {

  /** Starts one harness JVM; a failure is a build error. */
  @FunctionalInterface
  interface Forks {
    void run(List<String> command, String what) throws MojoExecutionException;
  }

  private final HarnessFork sideA;
  private final HarnessFork sideB;
  private final Forks forks;
  private final BenchmarkMode mode;
  private final List<String> options;
  private final int rounds;
  private final Path directory;
  private final Consumer<String> log;

  AbComparison(
      HarnessFork sideA,
      HarnessFork sideB,
      Forks forks,
      BenchmarkMode mode,
      List<String> options,
      int rounds,
      Path directory,
      Consumer<String> log) {
    this.sideA = sideA;
    this.sideB = sideB;
    this.forks = forks;
    this.mode = mode;
    this.options = List.copyOf(options);
    this.rounds = rounds;
    this.directory = directory;
    this.log = log;
  }

  /** The directory the A side's class path and plan take the previous artifact's contents from. */
  static Path previousContents(Path previousArtifact, Path directory) {
    return PreviousArtifact.unpack(previousArtifact, directory.resolve("previous"));
  }

  /** Compares the sides on the plan, confirming a wall-clock regression with a second A/B run. */
  GateResult compare(
      RegressionGate gate, BenchmarkPlan planB, Path baseDirectory, Path previousContents)
      throws MojoExecutionException {
    BenchmarkPlan planA = PreviousPlan.of(planB, baseDirectory, previousContents, log);
    MeasurementSet[] first = interleave(planA, planB, "ab");
    GateResult result = gate.compare(first[0], first[1]);
    if (result.needsConfirmation()) {
      List<String> ids = result.benchmarksToConfirm();
      log.accept("Wall-clock regression in " + ids + ": a second A/B run to confirm it");
      MeasurementSet[] again = interleave(planA.only(ids), planB.only(ids), "ab-confirmation");
      result = gate.confirm(result, again[0], again[1]);
    }
    return result;
  }

  private MeasurementSet[] interleave(BenchmarkPlan planA, BenchmarkPlan planB, String name)
      throws MojoExecutionException {
    Path root = directory.resolve(name);
    Path planFileA = root.resolve("plan-a.json");
    Path planFileB = root.resolve("plan-b.json");
    planA.write(planFileA);
    planB.write(planFileB);
    List<MeasurementSet> runsA = new ArrayList<>();
    List<MeasurementSet> runsB = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      log.accept("A/B round " + round + " of " + rounds + ": previous artifact, then this build");
      List<String> roundOptions = new ArrayList<>(options);
      roundOptions.add("--forks=1");
      if (round > 1) {
        roundOptions.add("--no-instructions");
      }
      runsA.add(
          runSide(sideA, planFileA, root.resolve("a").resolve("round-" + round), roundOptions));
      runsB.add(
          runSide(sideB, planFileB, root.resolve("b").resolve("round-" + round), roundOptions));
    }
    return new MeasurementSet[] {MeasurementMerge.merge(runsA), MeasurementMerge.merge(runsB)};
  }

  private MeasurementSet runSide(HarnessFork side, Path plan, Path output, List<String> options)
      throws MojoExecutionException {
    forks.run(side.run(plan, output, mode, options), "running an A/B round");
    return JmhResultReader.readDirectory(output);
  }
}
