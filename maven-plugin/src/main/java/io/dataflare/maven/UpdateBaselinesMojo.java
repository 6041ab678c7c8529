package io.dataflare.maven;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.baselines.DataFileException;
import io.dataflare.baselines.MeasurementSet;
import io.dataflare.baselines.jmh.JmhResultReader;
import io.dataflare.baselines.store.Baseline;
import io.dataflare.baselines.store.BaselineStore;
import io.dataflare.baselines.store.Baselines;
import io.dataflare.maven.internal.BaselineChanges;
import io.dataflare.maven.internal.ProjectLayout;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apiguardian.api.API;

/**
 * Writes or refreshes the baseline files in {@code src/test/dataflare/baselines/} from the latest
 * benchmark results ({@code target/dataflare/benchmarks.json}), printing what changed for each
 * benchmark. Bound to no phase: run it after {@code mvn verify} (or after a failed gate, to accept
 * the change), then commit the files.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Mojo(name = "update-baselines", threadSafe = true)
public class UpdateBaselinesMojo extends AbstractDataFlareMojo {

  /** Skips this goal. */
  @Parameter(property = "dataflare.update-baselines.skip", defaultValue = "false")
  private boolean skipUpdate;

  @Override
  protected String goal() {
    return "update-baselines";
  }

  @Override
  protected boolean skipGoal() {
    return skipUpdate;
  }

  @Override
  protected void run() throws MojoExecutionException {
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
      MeasurementSet latest = JmhResultReader.readDirectory(layout.outputDirectory());
      List<Baseline> baselines = Baselines.fromRuns(List.of(latest), Instant.now());
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
}
