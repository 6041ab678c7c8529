package io.dataflare.maven;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.baselines.DataFileException;
import io.dataflare.baselines.MeasurementSet;
import io.dataflare.baselines.jmh.JmhResultReader;
import io.dataflare.baselines.store.Baseline;
import io.dataflare.baselines.store.BaselineStore;
import io.dataflare.baselines.store.Baselines;
import io.dataflare.maven.internal.BaselineChanges;
import io.dataflare.maven.internal.MachineLoad;
import io.dataflare.maven.internal.ProjectLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apiguardian.api.API;

/**
 * Writes or refreshes the baseline files in {@code src/test/dataflare/baselines/} from the latest
 * benchmark results ({@code target/dataflare/benchmarks.json}), printing what changed for each
 * benchmark. Bound to no phase: run it after {@code mvn verify} (or after a failed gate, to accept
 * the change), then commit the files.
 *
 * <p>With {@code -Ddataflare.baselines.runs=3} it first runs the same benchmarks twice more and
 * records all three runs: their forks pooled, and a noise floor measured from run to run (which one
 * run cannot show), so later gates on the same machine raise fewer false alarms.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Mojo(
    name = "update-baselines",
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class UpdateBaselinesMojo extends AbstractBenchmarkingMojo {

  /** Skips this goal. */
  @Parameter(property = "dataflare.update-baselines.skip", defaultValue = "false")
  private boolean skipUpdate;

  /** Benchmark runs to record: the latest results, plus this many minus one new runs. */
  @Parameter(property = "dataflare.baselines.runs", defaultValue = "1")
  private int runs = 1;

  @Override
  protected String goal() {
    return "update-baselines";
  }

  @Override
  protected boolean skipGoal() {
    return skipUpdate;
  }

  /** Recording baselines is asked for explicitly: the test skips do not apply. */
  @Override
  protected Optional<String> otherSkipReason() {
    return Optional.empty();
  }

  @Override
  protected void run() throws MojoExecutionException {
    if (runs < 1) {
      throw new MojoExecutionException(
          "Property [dataflare.baselines.runs] must be at least 1 but was [" + runs + "]");
    }
    ProjectLayout layout = layout();
    if (!Files.isRegularFile(layout.benchmarksJson())) {
      throw new MojoExecutionException(
          "No benchmark results in ["
              + layout.display(layout.benchmarksJson())
              + "] to record (fix: run the benchmarks first, e.g. `mvn verify"
              + " -Ddataflare.failOnRegression=false` or `mvn integration-test`, then `mvn"
              + " dataflare:update-baselines`)");
    }
    BaselineStore store = layout.baselines();
    try {
      MachineLoad.read(layout.outputDirectory())
          .filter(MachineLoad::busy)
          .ifPresent(
              load ->
                  getLog()
                      .warn(
                          "The machine was busy while these results were measured ("
                              + load.describe()
                              + "): their wall-clock times are slow, and later runs on a quiet"
                              + " machine will look like improvements. Record baselines on a"
                              + " quiet machine if you can."));
      List<MeasurementSet> measured = new ArrayList<>();
      measured.add(JmhResultReader.readDirectory(layout.outputDirectory()));
      for (int run = 2; run <= runs; run++) {
        measured.add(rerun(layout, run));
      }
      List<Baseline> baselines = Baselines.fromRuns(measured, Instant.now());
      List<String> changes = BaselineChanges.describe(store, baselines);
      List<String> untouched = BaselineChanges.untouched(store, baselines);
      store.writeAll(baselines);
      changes.forEach(getLog()::info);
      if (!untouched.isEmpty()) {
        getLog()
            .info(
                "Kept the baselines of benchmarks that did not run (delete their files if they"
                    + " are gone): "
                    + untouched);
      }
      getLog()
          .info(
              "Wrote "
                  + baselines.size()
                  + (baselines.size() == 1 ? " baseline" : " baselines")
                  + " to "
                  + layout.display(store.directory())
                  + ": review and commit them");
    } catch (DataFileException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private MeasurementSet rerun(ProjectLayout layout, int run) throws MojoExecutionException {
    getLog().info("Benchmark run " + run + " of " + runs + " for the baselines");
    Path directory = layout.outputDirectory().resolve("baseline-runs").resolve("run-" + run);
    runFork(
        fork().run(layout.planFile(), directory, mode(), harnessOptions()),
        "running the benchmarks again for the baselines");
    return JmhResultReader.readDirectory(directory);
  }
}
