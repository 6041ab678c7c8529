package io.dataflare.maven.internal;

import io.dataflare.testkit.internal.ManifestFilePluginSource;
import io.dataflare.testkit.spec.SpecFile;
import io.dataflare.testkit.spec.SpecFileReader;
import io.dataflare.testkit.spec.SpecFiles;
import io.dataflare.testkit.spec.SpecProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TOML spec files of a project, read once, and the plugin manifests they and the project name.
 */
public final class ProjectSpecs {
  /** How deep below the base directory other {@code plugin.toml} files are looked for. */
  static final int MANIFEST_SEARCH_DEPTH = 4;

  private final ProjectLayout layout;
  private final List<SpecFile> specFiles;

  private ProjectSpecs(ProjectLayout layout, List<SpecFile> specFiles) {
    this.layout = layout;
    this.specFiles = specFiles;
  }

  /** Reads every spec file under the layout's spec directory. */
  public static ProjectSpecs read(ProjectLayout layout) {
    return new ProjectSpecs(
        layout,
        SpecFiles.discover(layout.specsDirectory()).stream().map(SpecFileReader::read).toList());
  }

  /** Whether the project has at least one spec file (readable or not). */
  public boolean hasSpecFiles() {
    return !specFiles.isEmpty();
  }

  public List<SpecFile> specFiles() {
    return specFiles;
  }

  /** The problems of every spec file that does not read cleanly. */
  public List<SpecProblem> problems() {
    return specFiles.stream().flatMap(f -> f.problems().stream()).toList();
  }

  /**
   * The manifests to validate, each once: the project's own {@code plugin.toml} when it exists,
   * then each manifest a spec file names (in spec-file order), then any other file named {@code
   * plugin.toml} in the project (a Java spec class may name one), outside {@code target} and hidden
   * directories, up to {@value #MANIFEST_SEARCH_DEPTH} directories deep.
   */
  public List<Path> manifests() {
    Set<Path> manifests = new LinkedHashSet<>();
    if (Files.isRegularFile(layout.manifest())) {
      manifests.add(layout.manifest());
    }
    for (SpecFile file : specFiles) {
      file.suite()
          .map(suite -> suite.plugin())
          .filter(ManifestFilePluginSource.class::isInstance)
          .map(source -> ((ManifestFilePluginSource) source).path())
          .ifPresent(manifests::add);
    }
    manifests.addAll(otherManifests());
    return List.copyOf(manifests);
  }

  private List<Path> otherManifests() {
    Path base = layout.baseDirectory();
    try (Stream<Path> files =
        Files.walk(base, MANIFEST_SEARCH_DEPTH)
            .filter(f -> f.getFileName().toString().equals(ProjectLayout.MANIFEST))
            .filter(f -> !ignored(base.relativize(f)))) {
      return files.filter(Files::isRegularFile).map(Path::normalize).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search [" + base + "] for plugin manifests", e);
    }
  }

  private static boolean ignored(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals("target") || name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
