package io.dataflare.maven.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;

/**
 * The class path of the forked benchmark JVM, in order, each artifact once: the project's test
 * class path first (its classes, its spec classes and the versions of the framework it chose), then
 * the Maven plugin's own dependencies (the harness, JMH) that the project lacks. An artifact
 * present on both sides is taken from the project, so one class is never loaded from two jars.
 */
public final class ForkClasspath {
  private final Map<String, Path> entries = new LinkedHashMap<>();

  /**
   * The fork's class path: the project's output directories, its resolved (test-scope) artifacts,
   * then the plugin's artifacts that the project does not have.
   */
  public static ForkClasspath of(
      List<Path> outputDirectories,
      Collection<Artifact> projectArtifacts,
      Collection<Artifact> pluginArtifacts) {
    ForkClasspath classpath = new ForkClasspath();
    outputDirectories.forEach(classpath::addPath);
    projectArtifacts.forEach(classpath::add);
    pluginArtifacts.forEach(classpath::add);
    return classpath;
  }

  /** Adds an artifact's file under its {@code groupId:artifactId[:classifier]}, if resolved. */
  public boolean add(Artifact artifact) {
    if (artifact.getFile() == null || !artifact.getArtifactHandler().isAddedToClasspath()) {
      return false;
    }
    String classifier = artifact.getClassifier();
    String key =
        artifact.getGroupId()
            + ":"
            + artifact.getArtifactId()
            + (classifier == null || classifier.isEmpty() ? "" : ":" + classifier);
    return add(key, artifact.getFile().toPath());
  }

  /**
   * Adds an entry unless one with the same key is already there.
   *
   * @param key {@code groupId:artifactId[:classifier]} for an artifact, the path for a directory
   * @return whether it was added
   */
  public boolean add(String key, Path file) {
    return entries.putIfAbsent(key, file.toAbsolutePath().normalize()) == null;
  }

  /** Adds a directory or jar that is not an artifact (e.g. {@code target/test-classes}). */
  public boolean addPath(Path file) {
    Path normalized = file.toAbsolutePath().normalize();
    if (entries.containsValue(normalized)) {
      return false;
    }
    return add(normalized.toString(), normalized);
  }

  /** The entries in order. */
  public List<Path> files() {
    return List.copyOf(entries.values());
  }

  /** The {@code -cp} argument. */
  public String asArgument() {
    return String.join(File.pathSeparator, entries.values().stream().map(Path::toString).toList());
  }
}
