package io.dataflare.testkit.internal.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.mismatch.ShouldContainText;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** Some output value, read as UTF-8, contains this text. */
@API(status = INTERNAL, since = "0.1")
public final class ContainsExpectation extends OutputsExpectation {
  private final String text;

  public ContainsExpectation(String text) {
    this.text = text;
  }

  @Override
  protected Optional<Mismatch> checkOutputs(List<PluginRecord> outputs) {
    for (PluginRecord output : outputs) {
      if (output.valueAsString().contains(text)) {
        return Optional.empty();
      }
    }
    return Optional.of(ShouldContainText.create(text, outputs));
  }

  @Override
  public String describe() {
    return "some output value containing [" + text + "]";
  }
}
