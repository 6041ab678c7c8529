package io.dataflare.maven;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.maven.internal.ProjectLayout;
import io.dataflare.maven.internal.TestClassLoader;
import io.dataflare.quality.CoverageFigure;
import io.dataflare.quality.PluginProject;
import io.dataflare.quality.QualityResult;
import io.dataflare.quality.QualityScorer;
import io.dataflare.quality.evidence.EvidenceException;
import io.dataflare.quality.output.QualityJson;
import io.dataflare.quality.output.QualitySummary;
import io.dataflare.quality.output.SarifReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apiguardian.api.API;

/**
 * Scores the plugin for the marketplace (rules: {@code docs/quality.md}) and writes {@code
 * target/dataflare/quality.json} and the static-analysis findings as SARIF ({@code quality.sarif});
 * logs the score and the three weakest checks with their hints.
 *
 * <ul>
 *   <li>A plugin that fails a gate (invalid manifest, no build, failing or missing tests) gets no
 *       score; the log and the file say why. That alone does not fail the build.
 *   <li>Coverage below {@code plugin.toml [test] coverage_threshold} fails the build.
 *   <li>Evidence that exists but cannot be read (a broken report) is a build error.
 * </ul>
 *
 * <p>Runs in {@code verify}, after {@code check}: list it after {@code check} and before {@code
 * report}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Mojo(
    name = "quality",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class QualityMojo extends AbstractQualityMojo {

  /** Skips this goal. */
  @Parameter(property = "dataflare.quality.skip", defaultValue = "false")
  private boolean skipQuality;

  @Override
  protected String goal() {
    return "quality";
  }

  @Override
  protected boolean skipGoal() {
    return skipQuality;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    ProjectLayout layout = layout();
    QualityResult result;
    try (URLClassLoader tests = TestClassLoader.of(testClasspath(), getClass().getClassLoader())) {
      result = QualityScorer.score(pluginProject(layout, tests));
    } catch (EvidenceException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path json = QualityJson.write(result, qualityFile());
    Path sarif =
        SarifReport.write(
            result,
            layout.baseDirectory(),
            layout.outputDirectory().resolve(SarifReport.FILE_NAME));
    for (String line :
        QualitySummary.lines(result.plugin() + " " + result.version(), result, null)) {
      if (result.scored()) {
        getLog().info(line);
      } else {
        getLog().warn(line);
      }
    }
    getLog().info("Quality: " + layout.display(json) + ", " + layout.display(sarif));
    CoverageFigure coverage = result.coverage();
    Optional<String> shortfall = coverage == null ? Optional.empty() : coverage.shortfall();
    if (shortfall.isPresent()) {
      throw new MojoFailureException(shortfall.get());
    }
  }

  private PluginProject pluginProject(ProjectLayout layout, ClassLoader tests)
      throws MojoExecutionException {
    return PluginProject.builder(layout.baseDirectory())
        .withManifest(layout.manifest())
        .withSpecsDirectory(layout.specsDirectory())
        .withSourceDirectories(project.getCompileSourceRoots().stream().map(Path::of).toList())
        .withBuildDirectory(Path.of(project.getBuild().getDirectory()))
        .withClassesDirectory(Path.of(project.getBuild().getOutputDirectory()))
        .withTestClassesDirectory(Path.of(project.getBuild().getTestOutputDirectory()))
        .withOutputDirectory(layout.outputDirectory())
        .withSurefireReports(surefireReports())
        .withBaselinesDirectory(layout.baselines().directory())
        .withClasspath(compileClasspath())
        .withTestClassLoader(tests)
        .build();
  }

  private List<Path> compileClasspath() throws MojoExecutionException {
    try {
      return project.getCompileClasspathElements().stream().map(Path::of).toList();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The compile class path is not resolved: " + e, e);
    }
  }

  private List<Path> testClasspath() throws MojoExecutionException {
    try {
      return project.getTestClasspathElements().stream().map(Path::of).toList();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The test class path is not resolved: " + e, e);
    }
  }
}
