package io.dataflare.maven;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.maven.internal.SkipReason;
import io.dataflare.maven.internal.summary.PipelineSummary;
import io.dataflare.maven.internal.summary.ProjectQuality;
import io.dataflare.maven.internal.summary.ProjectResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apiguardian.api.API;

/**
 * Prints one table for every project of the build: its tests passed and failed, each benchmark's
 * throughput, p99 latency and instructions per record, and the gate's verdict; then each project's
 * quality score with its three weakest checks and their hints, and where its report is. It reads
 * what the other goals left in each project's {@code target}; run it after {@code mvn verify}, e.g.
 * over the samples: {@code mvn -f samples dataflare:summary}. Also writes the table to {@code
 * target/dataflare-summary.txt} of the project it runs in. Bound to no phase.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Mojo(name = "summary", aggregator = true, threadSafe = true)
public class SummaryMojo extends AbstractMojo {

  /** Skips every {@code dataflare} goal. */
  @Parameter(property = SkipReason.SKIP_ALL, defaultValue = "false")
  private boolean skip;

  /** Skips this goal. */
  @Parameter(property = "dataflare.summary.skip", defaultValue = "false")
  private boolean skipSummary;

  @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
  private List<MavenProject> reactorProjects;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    var reason = SkipReason.of("summary", skip, skipSummary);
    if (reason.isPresent()) {
      getLog().info(reason.get());
      return;
    }
    List<ProjectResults> results = new ArrayList<>();
    List<ProjectQuality> quality = new ArrayList<>();
    try {
      for (MavenProject p : reactorProjects) {
        if (!"pom".equals(p.getPackaging())) {
          Path build = Path.of(p.getBuild().getDirectory());
          results.add(ProjectResults.read(p.getArtifactId(), build));
          quality.add(ProjectQuality.read(p.getArtifactId(), build));
        }
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new MojoExecutionException("Cannot read a project's results: " + e.getMessage(), e);
    }
    List<String> lines = PipelineSummary.render(results, quality, Path.of("").toAbsolutePath());
    lines.forEach(getLog()::info);
    Path file = Path.of(project.getBuild().getDirectory(), "dataflare-summary.txt");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write [" + file + "]: " + e.getMessage(), e);
    }
  }
}
