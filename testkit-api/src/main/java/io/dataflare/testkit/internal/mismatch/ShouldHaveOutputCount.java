package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import java.util.List;
import org.apiguardian.api.API;

/** The number of output records differs. */
@API(status = INTERNAL, since = "0.1")
public final class ShouldHaveOutputCount {
  private ShouldHaveOutputCount() {}

  /**
   * @param expectedCount the count wanted
   * @param actual the outputs
   * @param expectedText what the IDE diff shows as expected (a listing, or the count)
   */
  public static Mismatch create(int expectedCount, List<PluginRecord> actual, String expectedText) {
    return new Mismatch(
        "output count differs: expected ["
            + expectedCount
            + "] but was ["
            + actual.size()
            + "]\n"
            + Texts.expecting(
                "output records",
                Texts.outputs(actual),
                "to have count",
                String.valueOf(expectedCount)),
        expectedText,
        Texts.outputs(actual));
  }
}
