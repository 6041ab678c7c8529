package io.dataflare.engine.discovery;

import io.dataflare.testkit.spec.SpecProblem;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Reports bad specs as discovery issues, each with its message and its source: the spec file and
 * line, or the spec method. Bad specs get the configured severity; hints (an empty spec directory)
 * are warnings.
 */
final class SpecIssues {
  private final DiscoveryIssueReporter reporter;
  private final Severity severity;

  SpecIssues(DiscoveryIssueReporter reporter, Severity severity) {
    this.reporter = reporter;
    this.severity = severity;
  }

  void report(SpecProblem problem) {
    reporter.reportIssue(
        DiscoveryIssue.builder(severity, problem.toString())
            .source(fileSource(problem.file(), problem.line())));
  }

  void report(String message, @Nullable TestSource source, @Nullable Throwable cause) {
    DiscoveryIssue.Builder issue = DiscoveryIssue.builder(severity, message);
    if (source != null) {
      issue.source(source);
    }
    if (cause != null) {
      issue.cause(cause);
    }
    reporter.reportIssue(issue);
  }

  void warn(String message, @Nullable TestSource source) {
    DiscoveryIssue.Builder issue = DiscoveryIssue.builder(Severity.WARNING, message);
    if (source != null) {
      issue.source(source);
    }
    reporter.reportIssue(issue);
  }

  /** A file source, with the line when it is known, so an IDE jumps to it. */
  static FileSource fileSource(Path file, int line) {
    return line > 0
        ? FileSource.from(file.toFile(), FilePosition.from(line))
        : FileSource.from(file.toFile());
  }
}
