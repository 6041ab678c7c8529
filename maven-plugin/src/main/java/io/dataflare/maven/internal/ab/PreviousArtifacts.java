package io.dataflare.maven.internal.ab;

import io.dataflare.maven.internal.ProjectLayout;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the previous artifact of an A/B comparison is: a path, or coordinates to resolve. */
public final class PreviousArtifacts {

  /** Resolves {@code groupId:artifactId:version} to a file. */
  @FunctionalInterface
  public interface Resolver<E extends Exception> {
    Path resolve(String coordinates) throws E;
  }

  private PreviousArtifacts() {}

  /**
   * The previous artifact: an existing path (relative to the project's base directory), else
   * coordinates for the resolver.
   */
  public static <E extends Exception> Path locate(
      String previous, ProjectLayout layout, Resolver<E> resolver) throws E {
    Path path = layout.baseDirectory().resolve(previous).normalize();
    if (Files.exists(path)) {
      return path;
    }
    return resolver.resolve(previous);
  }
}
