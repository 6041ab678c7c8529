package io.dataflare.maven;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.maven.internal.ProjectLayout;
import io.dataflare.maven.internal.SkipReason;
import io.dataflare.maven.internal.bundle.BundleContents;
import io.dataflare.maven.internal.bundle.BundleEntry;
import io.dataflare.maven.internal.bundle.BundleException;
import io.dataflare.maven.internal.bundle.BundleWriter;
import io.dataflare.runtime.ManifestException;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginManifest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Bundles what the plugin marketplace needs into {@code target/dataflare/<name>-<version>.zip}:
 * {@code plugin.toml}, the WASM module at the path the manifest names (or a Java plugin's jar), the
 * README, {@code quality.json} when the quality goal wrote one, and {@code SHA256SUMS} with the
 * SHA-256 of every other file ({@code sha256sum -c SHA256SUMS} checks an unpacked bundle).
 *
 * <p>The zip is written to a temporary file and moved into place, so a reader never sees half a
 * bundle; the same files always give the same bytes. Bound to {@code verify}: list it after {@code
 * check} (and {@code quality}) in the execution so that the bundle holds this build's results.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Mojo(name = "package", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class PackageMojo extends AbstractDataFlareMojo {

  /** The name of {@code quality.json} in {@code target/dataflare}. */
  static final String QUALITY_JSON = "quality.json";

  /** Skips this goal. */
  @Parameter(property = "dataflare.package.skip", defaultValue = "false")
  private boolean skipPackage;

  @Override
  protected String goal() {
    return "package";
  }

  @Override
  protected boolean skipGoal() {
    return skipPackage;
  }

  @Override
  protected Optional<String> otherSkipReason() {
    if (!Files.isRegularFile(layout().manifest())) {
      return Optional.of(
          SkipReason.message(
              goal(), "there is no " + ProjectLayout.MANIFEST + " in the base directory"));
    }
    return Optional.empty();
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    ProjectLayout layout = layout();
    PluginManifest manifest;
    try {
      manifest = ManifestParser.parse(layout.manifest());
    } catch (ManifestException e) {
      throw new MojoFailureException(
          "Cannot bundle the plugin: " + e.getMessage() + " (dataflare:validate lists them all)",
          e);
    }
    Path bundle;
    BundleContents contents;
    try {
      contents =
          BundleContents.of(manifest, builtJar(), layout.outputDirectory().resolve(QUALITY_JSON));
      bundle = BundleWriter.write(contents, layout.outputDirectory());
    } catch (BundleException e) {
      throw new MojoFailureException("Cannot bundle the plugin: " + e.getMessage(), e);
    }
    getLog()
        .info(
            "Bundled "
                + layout.display(bundle)
                + ": "
                + contents.entries().stream()
                    .map(BundleEntry::name)
                    .sorted()
                    .collect(Collectors.joining(", "))
                + ", "
                + BundleWriter.CHECKSUMS);
    for (String absent : contents.absent()) {
      getLog()
          .warn(
              "The bundle has no "
                  + absent
                  + (absent.equals(QUALITY_JSON)
                      ? ": run dataflare:quality before dataflare:package to include the score"
                      : ": add one to the base directory; the marketplace shows it"));
    }
  }

  /** The project's jar, when the package phase built one. */
  private @Nullable Path builtJar() {
    File file = project.getArtifact().getFile();
    if (file != null && file.isFile() && file.getName().endsWith(".jar")) {
      return file.toPath();
    }
    Path expected =
        Path.of(project.getBuild().getDirectory(), project.getBuild().getFinalName() + ".jar");
    return Files.isRegularFile(expected) ? expected : null;
  }
}
