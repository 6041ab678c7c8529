package io.dataflare.engine.execution;

import io.dataflare.testkit.CaseReport;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.PluginTestCase;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * The failure of a case that missed expectations: the mismatches' messages (each first line names
 * the case, the record and the field), where the case is written, and the first mismatch's expected
 * and actual texts for the IDE's diff.
 */
final class CaseFailure {
  private CaseFailure() {}

  static AssertionFailedError of(CaseReport report, PluginTestCase testCase) {
    List<Mismatch> mismatches = report.mismatches();
    Mismatch first = mismatches.get(0);
    StringBuilder message = new StringBuilder();
    if (mismatches.size() == 1) {
      message.append(first.message());
    } else {
      message.append(mismatches.size()).append(" expectations not met:");
      for (int i = 0; i < mismatches.size(); i++) {
        message.append("\n(").append(i + 1).append(") ").append(mismatches.get(i).message());
      }
    }
    testCase
        .source()
        .ifPresent(source -> message.append("\n(case written at ").append(source).append(')'));
    return new AssertionFailedError(message.toString(), first.expected(), first.actual());
  }
}
