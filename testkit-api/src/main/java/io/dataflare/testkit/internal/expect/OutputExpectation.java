package io.dataflare.testkit.internal.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.ExpectedRecord;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.RecordChecks;
import io.dataflare.testkit.internal.mismatch.ShouldHaveOutputCount;
import io.dataflare.testkit.internal.mismatch.Texts;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** Exactly these output records, in this order. */
@API(status = INTERNAL, since = "0.1")
public final class OutputExpectation extends OutputsExpectation {
  private final List<ExpectedRecord> expected;

  public OutputExpectation(List<ExpectedRecord> expected) {
    this.expected = List.copyOf(expected);
  }

  @Override
  protected Optional<Mismatch> checkOutputs(List<PluginRecord> outputs) {
    String expectedText = Texts.expectedOutputs(expected);
    String actualText = Texts.outputs(outputs);
    int common = Math.min(expected.size(), outputs.size());
    for (int i = 0; i < common; i++) {
      Optional<Mismatch> mismatch =
          RecordChecks.differs(i, expected.get(i), outputs.get(i), expectedText, actualText);
      if (mismatch.isPresent()) {
        return mismatch;
      }
    }
    if (expected.size() != outputs.size()) {
      return Optional.of(ShouldHaveOutputCount.create(expected.size(), outputs, expectedText));
    }
    return Optional.empty();
  }

  @Override
  public String describe() {
    return expected.isEmpty()
        ? "no output records"
        : "exactly these output records:\n" + Texts.expectedOutputs(expected);
  }
}
