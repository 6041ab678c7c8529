package io.dataflare.maven;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.maven.internal.ProjectLayout;
import io.dataflare.maven.internal.SkipReason;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What every {@code dataflare} goal shares: the project's layout and the skip properties ({@code
 * dataflare.skip} for all goals, {@code dataflare.<goal>.skip} for one), logged when they apply.
 */
@API(status = INTERNAL, since = "0.1")
public abstract class AbstractDataFlareMojo extends AbstractMojo {

  /** The project the goal runs in. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /** Skips every {@code dataflare} goal. */
  @Parameter(property = SkipReason.SKIP_ALL, defaultValue = "false")
  private boolean skip;

  /**
   * The directory of TOML spec files, relative to the base directory; by default the {@code [test]
   * test_data} of {@code plugin.toml}, else {@code src/test/dataflare}.
   */
  @Parameter(property = "dataflare.specs.directory")
  private @Nullable File specsDirectory;

  /** The directory of committed baselines; by default {@code src/test/dataflare/baselines}. */
  @Parameter(property = "dataflare.baselines.directory")
  private @Nullable File baselinesDirectory;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    Optional<String> reason = SkipReason.of(goal(), skip, skipGoal());
    if (reason.isEmpty() && "pom".equals(project.getPackaging())) {
      reason = Optional.of(SkipReason.message(goal(), "the project has packaging pom"));
    }
    if (reason.isEmpty()) {
      reason = otherSkipReason();
    }
    if (reason.isPresent()) {
      getLog().info(reason.get());
      return;
    }
    run();
  }

  /** The goal's name, as in {@code dataflare:<goal>}. */
  protected abstract String goal();

  /** The value of {@code dataflare.<goal>.skip}. */
  protected abstract boolean skipGoal();

  /** A reason of the goal's own to skip (e.g. no benchmark results), as a full log line. */
  protected Optional<String> otherSkipReason() throws MojoExecutionException {
    return Optional.empty();
  }

  /** What the goal does when it is not skipped. */
  protected abstract void run() throws MojoExecutionException, MojoFailureException;

  /** Where this project keeps its manifest, specs, baselines and outputs. */
  protected ProjectLayout layout() {
    return ProjectLayout.of(
            project.getBasedir().toPath(), new File(project.getBuild().getDirectory()).toPath())
        .withSpecsDirectory(specsDirectory == null ? null : specsDirectory.toPath())
        .withBaselinesDirectory(baselinesDirectory == null ? null : baselinesDirectory.toPath());
  }
}
