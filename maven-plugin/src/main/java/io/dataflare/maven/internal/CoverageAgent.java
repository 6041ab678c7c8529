package io.dataflare.maven.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** JaCoCo's agent option for the test JVM's command line. */
public final class CoverageAgent {
  /** The agent's key among the plugin's dependencies. */
  public static final String ARTIFACT_KEY = "org.jacoco:org.jacoco.agent";

  /** The execution data file in the build directory, where the quality goal reads it. */
  public static final String EXEC_FILE = "jacoco.exec";

  private CoverageAgent() {}

  /** {@code -javaagent:<jar>=destfile=<exec>}, quoted when a path has a space. */
  public static String option(Path agentJar, Path execFile) {
    return quote("-javaagent:" + agentJar + "=destfile=" + execFile);
  }

  /** The existing command line (if any) with the agent option appended. */
  public static String append(@Nullable String existing, Path agentJar, Path execFile) {
    String option = option(agentJar, execFile);
    return existing == null || existing.isBlank() ? option : existing.strip() + " " + option;
  }

  private static String quote(String argument) {
    return argument.contains(" ") ? "\"" + argument + "\"" : argument;
  }
}
