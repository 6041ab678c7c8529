package io.dataflare.maven;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.maven.internal.ProjectLayout;
import io.dataflare.maven.internal.SkipReason;
import io.dataflare.quality.output.QualityJson;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the quality and report goals share: where the score is written and read, and where
 * Surefire's reports are. Both skip a project without a {@code plugin.toml} in its base directory.
 */
@API(status = INTERNAL, since = "0.1")
public abstract class AbstractQualityMojo extends AbstractDataFlareMojo {

  /**
   * The score's file; by default {@code target/dataflare/quality.json}. The report goal reads it
   * from the same place.
   */
  @Parameter(property = "dataflare.quality.file")
  private @Nullable File qualityFile;

  /** Where Surefire wrote its reports. */
  @Parameter(
      property = "dataflare.surefire.reports",
      defaultValue = "${project.build.directory}/surefire-reports")
  private File surefireReports;

  @Override
  protected Optional<String> otherSkipReason() {
    return Files.isRegularFile(layout().manifest())
        ? Optional.empty()
        : Optional.of(
            SkipReason.message(
                goal(), "there is no " + ProjectLayout.MANIFEST + " in the base directory"));
  }

  /** The score's file. */
  protected Path qualityFile() {
    return qualityFile != null
        ? layout().baseDirectory().resolve(qualityFile.toPath()).normalize()
        : layout().outputDirectory().resolve(QualityJson.FILE_NAME);
  }

  /** Surefire's report directory. */
  protected Path surefireReports() {
    return surefireReports.toPath();
  }
}
