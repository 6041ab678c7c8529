package io.dataflare.maven;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.maven.internal.ProjectLayout;
import io.dataflare.quality.QualityResult;
import io.dataflare.quality.evidence.BenchmarkResults;
import io.dataflare.quality.evidence.EvidenceException;
import io.dataflare.quality.evidence.SurefireResults;
import io.dataflare.quality.output.QualityJson;
import io.dataflare.quality.report.HtmlReport;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code target/dataflare/report.html}: one self-contained page (no script, nothing loaded
 * from the network) with the quality score and every check's points and hint, the test results, and
 * the benchmarks with charts (throughput against the baseline, latency percentiles, instructions
 * per record) and the gate's verdicts with their reasons. What did not run is shown as missing.
 * Runs in {@code verify}: list it after {@code quality}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractQualityMojo {

  /** Skips this goal. */
  @Parameter(property = "dataflare.report.skip", defaultValue = "false")
  private boolean skipReport;

  @Override
  protected String goal() {
    return "report";
  }

  @Override
  protected boolean skipGoal() {
    return skipReport;
  }

  @Override
  protected void run() throws MojoExecutionException {
    ProjectLayout layout = layout();
    Path report = layout.outputDirectory().resolve(HtmlReport.FILE_NAME);
    try {
      QualityResult quality =
          Files.isRegularFile(qualityFile()) ? QualityJson.read(qualityFile()) : null;
      PluginManifest manifest = manifest(layout);
      HtmlReport.builder(
              manifest != null ? manifest.plugin().name() : project.getArtifactId(),
              manifest != null ? manifest.plugin().version() : project.getVersion())
          .withQuality(quality)
          .withTests(SurefireResults.read(surefireReports()))
          .withBenchmarks(
              BenchmarkResults.read(layout.outputDirectory(), layout.baselines().directory()))
          .build()
          .write(report);
    } catch (EvidenceException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    getLog().info("Report: " + layout.display(report));
  }

  private static @Nullable PluginManifest manifest(ProjectLayout layout) {
    try {
      return ManifestParser.parse(layout.manifest());
    } catch (RuntimeException malformed) { // the validate goal reports it
      return null;
    }
  }
}
