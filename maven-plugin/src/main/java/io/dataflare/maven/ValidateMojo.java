package io.dataflare.maven;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.maven.internal.PluginValidator;
import io.dataflare.maven.internal.ProjectLayout;
import io.dataflare.maven.internal.ProjectSpecs;
import io.dataflare.maven.internal.SkipReason;
import io.dataflare.maven.internal.ValidationProblem;
import io.dataflare.maven.internal.ValidationResult;
import io.dataflare.runtime.SecurityPolicy;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apiguardian.api.API;

/**
 * Checks the project's plugins before anything is built: each {@code plugin.toml} (unknown keys,
 * wrong types and values, with file and line) and, for a WASM plugin, the module without running
 * it: the ABI version, the exports and their signatures for the declared type, the imports against
 * {@code [permissions]} and the security policy, and the initial memory against {@code [runtime]
 * max_memory_mb}. Every problem is listed with its file and key (or export or import) and a fix;
 * any problem fails the build.
 *
 * <p>Validated: {@code plugin.toml} in the base directory and every manifest a spec file names, or
 * the configured {@code manifests}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractDataFlareMojo {

  /** Skips this goal. */
  @Parameter(property = "dataflare.validate.skip", defaultValue = "false")
  private boolean skipValidate;

  /** The manifests to validate instead of the ones found, relative to the base directory. */
  @Parameter private List<File> manifests = new ArrayList<>();

  @Override
  protected String goal() {
    return "validate";
  }

  @Override
  protected boolean skipGoal() {
    return skipValidate;
  }

  @Override
  protected void run() throws MojoFailureException {
    ProjectLayout layout = layout();
    ProjectSpecs specs = ProjectSpecs.read(layout);
    List<Path> toValidate =
        manifests.isEmpty()
            ? specs.manifests()
            : manifests.stream()
                .map(f -> layout.baseDirectory().resolve(f.toPath()).normalize())
                .toList();
    if (toValidate.isEmpty()) {
      getLog()
          .info(
              SkipReason.message(
                  goal(),
                  "there is no "
                      + ProjectLayout.MANIFEST
                      + " in the base directory and no spec file names one"));
      return;
    }
    specs
        .problems()
        .forEach(p -> getLog().warn("Spec file problem (its cases fail in the test phase): " + p));
    PluginValidator validator = new PluginValidator(SecurityPolicy.defaults());
    List<String> problems = new ArrayList<>();
    for (Path manifest : toValidate) {
      ValidationResult result = validator.validate(manifest);
      if (result.valid()) {
        getLog().info("Valid: " + result.describe(layout));
        continue;
      }
      getLog()
          .error(
              result.problems().size()
                  + (result.problems().size() == 1 ? " problem in " : " problems in ")
                  + result.describe(layout)
                  + ":");
      for (ValidationProblem problem : result.problems()) {
        getLog().error("  " + problem.describe(layout));
        problems.add(problem.describe(layout));
      }
    }
    if (!problems.isEmpty()) {
      throw new MojoFailureException(
          "Plugin validation failed with "
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + ":\n  "
              + String.join("\n  ", problems));
    }
  }
}
