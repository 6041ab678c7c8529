package io.dataflare.maven;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.baselines.DataFileException;
import io.dataflare.baselines.MeasurementSet;
import io.dataflare.baselines.gate.GateResult;
import io.dataflare.baselines.gate.RegressionGate;
import io.dataflare.baselines.jmh.JmhResultReader;
import io.dataflare.baselines.report.RegressionReports;
import io.dataflare.baselines.store.Baseline;
import io.dataflare.bench.plan.BenchmarkPlan;
import io.dataflare.maven.internal.BenchmarkMain;
import io.dataflare.maven.internal.GateSummary;
import io.dataflare.maven.internal.MachineLoad;
import io.dataflare.maven.internal.ProjectLayout;
import io.dataflare.maven.internal.SkipReason;
import io.dataflare.maven.internal.ab.PreviousArtifacts;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apiguardian.api.API;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.jspecify.annotations.Nullable;

/**
 * The regression gate: compares {@code target/dataflare/benchmarks.json} with the committed
 * baselines in {@code src/test/dataflare/baselines/}, writes {@code regression-report.md}, {@code
 * .json} and a JUnit XML report to {@code target/dataflare/}, and prints a short table.
 *
 * <p>In A/B mode ({@code -Ddataflare.ab.previous=...}) it compares this build with a previous
 * artifact instead, both benchmarked in turns in this job: the strongest wall-clock gate on a
 * shared machine.
 *
 * <ul>
 *   <li>A regression fails the build, with a message that says what regressed and by how much, and
 *       how to accept it ({@code mvn dataflare:update-baselines}) or only warn ({@code
 *       -Ddataflare.failOnRegression=false}).
 *   <li>A wall-clock regression is first confirmed by re-running only that benchmark.
 *   <li>A benchmark without a baseline is new: it passes, with a note.
 *   <li>A broken setup (an unreadable baseline or results file, or measurements that cannot be
 *       right) is a build error.
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class CheckMojo extends AbstractBenchmarkingMojo {

  /** Skips this goal. */
  @Parameter(property = "dataflare.check.skip", defaultValue = "false")
  private boolean skipCheck;

  /** The benchmark goal's skip: without benchmarks there is nothing to gate. */
  @Parameter(property = "dataflare.benchmark.skip", defaultValue = "false")
  private boolean skipBenchmark;

  /** Whether a regression fails the build; with {@code false} it is only a warning. */
  @Parameter(property = GateSummary.FAIL_ON_REGRESSION, defaultValue = "true")
  private boolean failOnRegression = true;

  /**
   * A/B mode: the previous artifact to compare this build with, instead of the baselines: the path
   * of a jar or classes directory, or {@code groupId:artifactId:version} resolved from the
   * repositories. Both are benchmarked in turns in this job.
   */
  @Parameter(property = "dataflare.ab.previous")
  private @Nullable String previous;

  @Component private RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
  private List<RemoteRepository> remoteRepositories = List.of();

  /** Whether a wall-clock regression is confirmed by re-running only that benchmark. */
  @Parameter(property = "dataflare.check.confirm", defaultValue = "true")
  private boolean confirm = true;

  @Override
  protected String goal() {
    return "check";
  }

  @Override
  protected boolean skipGoal() {
    return skipCheck;
  }

  @Override
  protected Optional<String> otherSkipReason() throws MojoExecutionException {
    Optional<String> reason = super.otherSkipReason();
    if (reason.isEmpty() && skipBenchmark) {
      reason =
          Optional.of(
              SkipReason.message(
                  goal(), "the benchmarks were skipped (dataflare.benchmark.skip is true)"));
    }
    return reason;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    ProjectLayout layout = layout();
    if (!Files.isRegularFile(layout.planFile())) {
      throw new MojoExecutionException(
          "No benchmark plan in ["
              + layout.display(layout.planFile())
              + "] (fix: run the benchmarks first: `mvn verify` runs dataflare:benchmark in the"
              + " integration-test phase, before this goal)");
    }
    if (!BenchmarkMain.hasBenchmarks(layout.planFile())) {
      getLog().info("Nothing to gate: the project has no benchmarks");
      return;
    }
    GateResult result;
    try {
      result = previous == null ? againstBaselines(layout) : againstPrevious(layout);
    } catch (DataFileException | IllegalArgumentException | UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    List<Path> reports = RegressionReports.writeAll(result, layout.outputDirectory());
    GateSummary.table(result).forEach(getLog()::info);
    GateSummary.notes(result).forEach(getLog()::info);
    getLog().info("Reports: " + String.join(", ", reports.stream().map(layout::display).toList()));
    if (!result.errors().isEmpty()) {
      throw new MojoExecutionException(GateSummary.errorMessage(result));
    }
    if (!result.failures().isEmpty()) {
      if (failOnRegression) {
        throw new MojoFailureException(GateSummary.failureMessage(result));
      }
      getLog().warn(GateSummary.failureMessage(result));
      getLog().warn("Not failing the build: " + GateSummary.FAIL_ON_REGRESSION + " is false");
    }
  }

  private GateResult againstBaselines(ProjectLayout layout) throws MojoExecutionException {
    if (!Files.isRegularFile(layout.benchmarksJson())) {
      throw new MojoExecutionException(
          "No benchmark results in ["
              + layout.display(layout.benchmarksJson())
              + "] (fix: run the benchmarks first: `mvn verify` runs dataflare:benchmark in the"
              + " integration-test phase, before this goal)");
    }
    RegressionGate gate = RegressionGate.withDefaults();
    MeasurementSet current = JmhResultReader.readDirectory(layout.outputDirectory());
    Optional<MachineLoad> load = MachineLoad.read(layout.outputDirectory());
    if (load.isPresent() && load.get().busy()) {
      getLog()
          .warn(
              "The machine was busy during the benchmarks ("
                  + load.get().describe()
                  + "): wall-clock regressions are reported as warnings; instruction counts and"
                  + " allocation still gate");
      current = load.get().mark(current);
    }
    Map<String, Baseline> baselines = layout.baselines().readAll();
    getLog()
        .info(
            "Gating "
                + current.measurements().size()
                + " benchmarks against "
                + baselines.size()
                + " baselines in "
                + layout.display(layout.baselines().directory()));
    GateResult result = gate.check(baselines, current);
    if (result.needsConfirmation() && confirm) {
      result = gate.confirm(result, rerun(layout, result.benchmarksToConfirm()));
    }
    return result;
  }

  private GateResult againstPrevious(ProjectLayout layout) throws MojoExecutionException {
    Path directory = layout.outputDirectory().resolve("ab");
    Path artifact = PreviousArtifacts.locate(previous, layout, this::resolve);
    Path contents = AbComparison.previousContents(artifact, directory);
    getLog()
        .info(
            "A/B mode: the previous artifact ["
                + previous
                + "] (A) against this build (B), "
                + forks()
                + " rounds of one fork each");
    AbComparison comparison =
        new AbComparison(
            fork(contents),
            fork(),
            this::runFork,
            mode(),
            harnessOptions(),
            forks(),
            directory,
            getLog()::info);
    return comparison.compare(
        RegressionGate.withDefaults(),
        BenchmarkPlan.read(layout.planFile()),
        layout.baseDirectory(),
        contents);
  }

  private Path resolve(String coordinates) throws MojoExecutionException {
    try {
      ArtifactRequest request =
          new ArtifactRequest(new DefaultArtifact(coordinates), remoteRepositories, null);
      return repositorySystem
          .resolveArtifact(repositorySession, request)
          .getArtifact()
          .getFile()
          .toPath();
    } catch (ArtifactResolutionException | IllegalArgumentException e) {
      throw new MojoExecutionException(
          "Cannot resolve the previous artifact ["
              + coordinates
              + "] for the A/B comparison: "
              + e.getMessage()
              + " (fix: give groupId:artifactId:version of a released build, or the path of a jar"
              + " or classes directory)",
          e);
    }
  }

  private MeasurementSet rerun(ProjectLayout layout, List<String> benchmarkIds)
      throws MojoExecutionException {
    getLog()
        .info(
            "Wall-clock regression in "
                + benchmarkIds
                + ": re-running only these benchmarks to confirm it");
    Path directory = layout.outputDirectory().resolve("confirmation");
    Path plan = directory.resolve(ProjectLayout.PLAN_FILE);
    BenchmarkPlan.read(layout.planFile()).only(benchmarkIds).write(plan);
    MachineLoad load =
        runMonitored(
            fork().run(plan, directory, mode(), harnessOptions()), "confirming a regression");
    return load.mark(JmhResultReader.readDirectory(directory));
  }
}
