package io.dataflare.quality.evidence.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.Expectation;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.internal.expect.FailureExpectation;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The failure kinds a case expects: from a failure expectation, or from the description of one
 * nested in per-batch or combined expectations ({@code failure [KIND]}, as {@link
 * Expectation#describe()} writes it).
 */
@API(status = INTERNAL, since = "0.1")
public final class ExpectedFailures {
  private static final Pattern DESCRIBED = Pattern.compile("failure \\[([A-Z_]+)\\]");

  private ExpectedFailures() {}

  /** The kinds, sorted; empty when the case expects no failure. */
  public static Set<String> of(PluginTestCase testCase) {
    Set<String> kinds = new TreeSet<>();
    for (Expectation expectation : testCase.expectations()) {
      if (expectation instanceof FailureExpectation failure) {
        kinds.add(failure.kind().name());
        continue;
      }
      Matcher matcher = DESCRIBED.matcher(expectation.describe());
      while (matcher.find()) {
        kinds.add(matcher.group(1));
      }
    }
    return kinds;
  }
}
