package io.dataflare.maven;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.maven.internal.CoverageAgent;
import io.dataflare.maven.internal.ProjectLayout;
import io.dataflare.maven.internal.SkipReason;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apiguardian.api.API;

/**
 * Puts JaCoCo's agent on the test JVM's command line (Surefire's {@code argLine}) for a Java
 * plugin, so that the tests write {@code target/jacoco.exec}, from which {@code dataflare:quality}
 * reads line and branch coverage. Removes the previous run's execution data first. Does nothing for
 * a WASM plugin: its coverage is the share of functions its specs execute. A project already using
 * {@code jacoco-maven-plugin}'s {@code prepare-agent} with the default file does not need this
 * goal.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Mojo(name = "prepare-coverage", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class PrepareCoverageMojo extends AbstractDataFlareMojo {

  /** Skips this goal. */
  @Parameter(property = "dataflare.prepare-coverage.skip", defaultValue = "false")
  private boolean skipPrepareCoverage;

  /** The property the agent's option is appended to, as Surefire reads it. */
  @Parameter(property = "dataflare.coverage.property", defaultValue = "argLine")
  private String propertyName = "argLine";

  /** This plugin's dependencies, among them JaCoCo's agent. */
  @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
  private Map<String, Artifact> pluginArtifacts;

  @Override
  protected String goal() {
    return "prepare-coverage";
  }

  @Override
  protected boolean skipGoal() {
    return skipPrepareCoverage;
  }

  @Override
  protected Optional<String> otherSkipReason() {
    Path manifest = layout().manifest();
    if (!Files.isRegularFile(manifest)) {
      return Optional.of(
          SkipReason.message(
              goal(), "there is no " + ProjectLayout.MANIFEST + " in the base directory"));
    }
    try {
      PluginManifest parsed = ManifestParser.parse(manifest);
      return parsed.plugin().isWasm()
          ? Optional.of(
              SkipReason.message(
                  goal(),
                  "the plugin is a WASM module: its coverage is the functions its specs execute"))
          : Optional.empty();
    } catch (RuntimeException malformed) { // the validate goal reports it
      return Optional.of(SkipReason.message(goal(), "plugin.toml is not valid"));
    }
  }

  @Override
  protected void run() throws MojoExecutionException {
    Artifact agent = pluginArtifacts.get(CoverageAgent.ARTIFACT_KEY);
    if (agent == null || agent.getFile() == null) {
      throw new MojoExecutionException(
          "JaCoCo's agent ["
              + CoverageAgent.ARTIFACT_KEY
              + "] is not among this plugin's dependencies");
    }
    Path exec = Path.of(project.getBuild().getDirectory(), CoverageAgent.EXEC_FILE);
    try {
      Files.deleteIfExists(exec);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot delete the previous [" + exec + "]: " + e, e);
    }
    Properties properties = project.getProperties();
    String line =
        CoverageAgent.append(properties.getProperty(propertyName), agent.getFile().toPath(), exec);
    properties.setProperty(propertyName, line);
    getLog()
        .info(
            "JaCoCo agent for the tests (" + propertyName + "): writes " + layout().display(exec));
  }
}
