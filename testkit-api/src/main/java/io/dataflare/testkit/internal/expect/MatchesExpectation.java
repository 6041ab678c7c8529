package io.dataflare.testkit.internal.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.mismatch.ShouldMatchPattern;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** Each output value, read as UTF-8, has a match of this pattern ({@code find}, not whole). */
@API(status = INTERNAL, since = "0.1")
public final class MatchesExpectation extends EachOutputExpectation {
  private final Pattern pattern;

  public MatchesExpectation(Pattern pattern) {
    this.pattern = pattern;
  }

  @Override
  Optional<Mismatch> checkOne(int index, PluginRecord output) {
    return pattern.matcher(output.valueAsString()).find()
        ? Optional.empty()
        : Optional.of(ShouldMatchPattern.create(index, pattern, output));
  }

  @Override
  String eachDescription() {
    return "matching [" + pattern.pattern() + "]";
  }
}
