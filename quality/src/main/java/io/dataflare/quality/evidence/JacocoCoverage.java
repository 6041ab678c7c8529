package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ILine;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.analysis.ISourceFileCoverage;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * Reads JaCoCo's execution data ({@code jacoco.exec}, written by its agent while the tests ran)
 * against the plugin's compiled classes with {@code org.jacoco.core}, as JaCoCo's own report does.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JacocoCoverage {
  private JacocoCoverage() {}

  /**
   * The coverage of the classes under {@code classesDirectory}; empty when there is no execution
   * data file (the tests ran without the agent).
   *
   * @throws EvidenceException naming the file when it exists but is not JaCoCo execution data
   */
  public static Optional<CodeCoverage> read(Path execFile, Path classesDirectory) {
    if (!Files.isRegularFile(execFile)) {
      return Optional.empty();
    }
    ExecFileLoader loader = new ExecFileLoader();
    try {
      loader.load(execFile.toFile());
    } catch (IOException e) {
      throw new EvidenceException(
          "JaCoCo execution data ["
              + execFile
              + "] cannot be read ("
              + e.getMessage()
              + "); fix: delete it and run the tests again",
          e);
    }
    CoverageBuilder builder = new CoverageBuilder();
    if (Files.isDirectory(classesDirectory)) {
      try {
        new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(classesDirectory.toFile());
      } catch (IOException e) {
        throw new EvidenceException(
            "The classes in [" + classesDirectory + "] cannot be analysed: " + e.getMessage(), e);
      }
    }
    IBundleCoverage bundle = builder.getBundle("plugin");
    List<String> stale =
        builder.getNoMatchClasses().stream().map(c -> c.getName().replace('/', '.')).toList();
    return Optional.of(
        new CodeCoverage(
            execFile,
            bundle.getLineCounter().getCoveredCount(),
            bundle.getLineCounter().getTotalCount(),
            bundle.getBranchCounter().getCoveredCount(),
            bundle.getBranchCounter().getTotalCount(),
            gaps(bundle.getPackages()),
            stale));
  }

  private static List<CodeCoverage.SourceGaps> gaps(Collection<IPackageCoverage> packages) {
    List<CodeCoverage.SourceGaps> gaps = new ArrayList<>();
    for (IPackageCoverage pack : packages) {
      for (ISourceFileCoverage source : pack.getSourceFiles()) {
        List<Integer> missed = new ArrayList<>();
        List<Integer> missedBranches = new ArrayList<>();
        for (int line = source.getFirstLine(); line > 0 && line <= source.getLastLine(); line++) {
          ILine coverage = source.getLine(line);
          if (coverage.getStatus() == ICounter.NOT_COVERED) {
            missed.add(line);
          }
          if (coverage.getBranchCounter().getMissedCount() > 0) {
            missedBranches.add(line);
          }
        }
        if (!missed.isEmpty() || !missedBranches.isEmpty()) {
          String file =
              pack.getName().isEmpty() ? source.getName() : pack.getName() + "/" + source.getName();
          gaps.add(new CodeCoverage.SourceGaps(file, missed, missedBranches));
        }
      }
    }
    return gaps;
  }
}
