package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Line and branch coverage of a Java plugin's classes, from JaCoCo's execution data.
 *
 * @param execFile the execution data file read
 * @param coveredLines lines with at least one instruction executed
 * @param totalLines lines with code
 * @param coveredBranches branches taken
 * @param totalBranches branches ({@code if}, {@code switch}, conditional operators...)
 * @param gaps per source file, the lines not or only partly covered, in file order
 * @param staleClasses classes whose execution data belongs to another build of them (recompiled
 *     after the tests ran); they count as not covered
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CodeCoverage(
    Path execFile,
    int coveredLines,
    int totalLines,
    int coveredBranches,
    int totalBranches,
    List<SourceGaps> gaps,
    List<String> staleClasses) {

  public CodeCoverage {
    Objects.requireNonNull(execFile, "execFile");
    gaps = List.copyOf(gaps);
    staleClasses = List.copyOf(staleClasses);
  }

  /**
   * The lines of one source file the tests missed.
   *
   * @param file the source file by package path, e.g. {@code com/acme/Filter.java}
   * @param missedLines lines not executed at all
   * @param missedBranchLines lines with a branch never taken
   */
  public record SourceGaps(
      String file, List<Integer> missedLines, List<Integer> missedBranchLines) {
    public SourceGaps {
      Objects.requireNonNull(file, "file");
      missedLines = List.copyOf(missedLines);
      missedBranchLines = List.copyOf(missedBranchLines);
    }
  }
}
