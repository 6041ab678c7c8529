package io.dataflare.maven;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.maven.internal.ExistingMarkers;
import io.dataflare.maven.internal.ProjectLayout;
import io.dataflare.maven.internal.SkipReason;
import io.dataflare.maven.internal.SpecTestSource;
import io.dataflare.testkit.spec.SpecFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apiguardian.api.API;

/**
 * Generates the test class that makes Surefire run the project's TOML spec files: Surefire starts
 * the JUnit Platform only when it finds a test class, and a project of TOML specs has none. The
 * class ({@code io.dataflare.generated.DataFlareSpecFilesTest}, annotated
 * {@code @DataFlareSpecFiles}) goes to {@code target/generated-test-sources/dataflare}, which
 * becomes a test source root.
 *
 * <p>Skipped when the project has no spec file, or already has a class annotated
 * {@code @DataFlareSpecFiles} (a second one would run every spec twice).
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Mojo(
    name = "generate-spec-test",
    defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    threadSafe = true)
public class GenerateSpecTestMojo extends AbstractDataFlareMojo {

  /** Skips this goal. */
  @Parameter(property = "dataflare.generate-spec-test.skip", defaultValue = "false")
  private boolean skipGenerate;

  @Override
  protected String goal() {
    return "generate-spec-test";
  }

  @Override
  protected boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  protected Optional<String> otherSkipReason() {
    ProjectLayout layout = layout();
    Path specs = layout.specsDirectory();
    if (SpecFiles.discover(specs).isEmpty()) {
      return Optional.of(
          SkipReason.message(goal(), "there is no spec file in [" + layout.display(specs) + "]"));
    }
    List<Path> roots = project.getTestCompileSourceRoots().stream().map(Path::of).toList();
    return ExistingMarkers.find(roots, layout.generatedTestSources())
        .map(
            file ->
                SkipReason.message(
                    goal(),
                    "["
                        + layout.display(file)
                        + "] already selects the spec files with @DataFlareSpecFiles"));
  }

  @Override
  protected void run() throws MojoExecutionException {
    ProjectLayout layout = layout();
    String directory =
        layout.specsDirectoryConfigured() ? layout.display(layout.specsDirectory()) : null;
    Path file;
    try {
      file = SpecTestSource.write(layout.generatedTestSources(), directory);
    } catch (java.io.UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    project.addTestCompileSourceRoot(layout.generatedTestSources().toString());
    getLog()
        .info(
            "Generated "
                + layout.display(file)
                + ": Surefire runs the spec files in "
                + layout.display(layout.specsDirectory())
                + " through the dataflare engine");
  }
}
