package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.config.UserPreferences;
import io.dataflare.quality.evidence.StaticFinding.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Runs SpotBugs through its API on a Java plugin's compiled classes: default effort, findings of
 * medium and high confidence, every detector SpotBugs enables by default. SpotBugs keeps global
 * state, so analyses in one JVM run one at a time.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SpotBugsAnalysis {
  /** The tool name in findings and SARIF. */
  public static final String TOOL = "SpotBugs";

  private static final Object LOCK = new Object();

  private SpotBugsAnalysis() {}

  /** The SpotBugs version that runs, e.g. {@code 4.9.8}. */
  public static String version() {
    return edu.umd.cs.findbugs.Version.VERSION_STRING;
  }

  /**
   * Analyses the classes under {@code classesDirectory}.
   *
   * @param auxiliaryClasspath what the classes compile against (the runtime's plugin interface...)
   * @param sourceDirectories where findings' source files are looked up
   * @param baseDirectory findings' files are given relative to it
   * @throws EvidenceException when SpotBugs fails
   */
  public static SpotBugsResult analyze(
      Path classesDirectory,
      List<Path> auxiliaryClasspath,
      List<Path> sourceDirectories,
      Path baseDirectory) {
    if (!Files.isDirectory(classesDirectory)) {
      return new SpotBugsResult(0, List.of());
    }
    Project project = new Project();
    project.addFile(classesDirectory.toString());
    auxiliaryClasspath.stream()
        .filter(Files::exists)
        .forEach(entry -> project.addAuxClasspathEntry(entry.toString()));
    BugCollectionBugReporter reporter = new BugCollectionBugReporter(project);
    reporter.setPriorityThreshold(Priorities.NORMAL_PRIORITY);
    synchronized (LOCK) {
      try (FindBugs2 engine = new FindBugs2()) {
        engine.setProject(project);
        engine.setBugReporter(reporter);
        engine.setDetectorFactoryCollection(DetectorFactoryCollection.instance());
        UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
        preferences.setEffort(UserPreferences.EFFORT_DEFAULT);
        engine.setUserPreferences(preferences);
        engine.setNoClassOk(true);
        engine.execute();
      } catch (IOException e) {
        throw new EvidenceException(
            "SpotBugs could not analyse [" + classesDirectory + "]: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EvidenceException("SpotBugs was interrupted", e);
      }
    }
    List<StaticFinding> findings = new ArrayList<>();
    for (BugInstance bug : reporter.getBugCollection()) {
      findings.add(finding(bug, sourceDirectories, baseDirectory));
    }
    findings.sort(
        Comparator.comparingInt(StaticFinding::rank)
            .thenComparing(StaticFinding::location)
            .thenComparing(StaticFinding::ruleId));
    return new SpotBugsResult(
        reporter.getBugCollection().getProjectStats().getNumClasses(), findings);
  }

  private static StaticFinding finding(
      BugInstance bug, List<Path> sourceDirectories, Path baseDirectory) {
    SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
    int rank = bug.getBugRank();
    return new StaticFinding(
        TOOL,
        bug.getType(),
        bug.getBugPattern().getCategory(),
        rank,
        level(rank),
        bug.getMessageWithoutPrefix(),
        file(line.getSourcePath(), sourceDirectories, baseDirectory),
        Math.max(0, line.getStartLine()));
  }

  /** SpotBugs' rank as a SARIF level: scariest and scary are errors, troubling a warning. */
  static Level level(int rank) {
    if (rank <= 9) {
      return Level.ERROR;
    }
    return rank <= 14 ? Level.WARNING : Level.NOTE;
  }

  private static @Nullable String file(
      @Nullable String sourcePath, List<Path> sourceDirectories, Path baseDirectory) {
    if (sourcePath == null || sourcePath.isBlank()) {
      return null;
    }
    for (Path directory : sourceDirectories) {
      Path candidate = directory.resolve(sourcePath);
      if (Files.isRegularFile(candidate)) {
        Path relative =
            candidate.toAbsolutePath().startsWith(baseDirectory.toAbsolutePath())
                ? baseDirectory.toAbsolutePath().relativize(candidate.toAbsolutePath())
                : candidate;
        return relative.toString().replace('\\', '/');
      }
    }
    return sourcePath;
  }
}
