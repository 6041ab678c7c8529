package io.dataflare.testkit.internal.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.PluginFailure;
import io.dataflare.testkit.CaseOutcome;
import io.dataflare.testkit.Expectation;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.mismatch.ShouldFail;
import io.dataflare.testkit.internal.mismatch.ShouldFailWithKind;
import io.dataflare.testkit.internal.mismatch.ShouldHaveFailureMessage;
import java.util.Optional;
import org.apiguardian.api.API;

/** The run fails with this kind, and optionally a message containing some text. */
@API(status = INTERNAL, since = "0.1")
public final class FailureExpectation implements Expectation {
  private final FailureKind kind;
  private final Optional<String> messageContains;

  public FailureExpectation(FailureKind kind, Optional<String> messageContains) {
    this.kind = kind;
    this.messageContains = messageContains;
  }

  @Override
  public Optional<Mismatch> check(CaseOutcome outcome) {
    Optional<PluginFailure> failure = outcome.failure();
    if (failure.isEmpty()) {
      return Optional.of(ShouldFail.create("[" + kind + "]", outcome.allOutputs()));
    }
    if (failure.get().kind() != kind) {
      return Optional.of(ShouldFailWithKind.create(kind, failure.get()));
    }
    if (messageContains.isPresent() && !failure.get().message().contains(messageContains.get())) {
      return Optional.of(ShouldHaveFailureMessage.create(messageContains.get(), failure.get()));
    }
    return Optional.empty();
  }

  /** The expected kind. */
  public FailureKind kind() {
    return kind;
  }

  @Override
  public String describe() {
    return "failure ["
        + kind
        + "]"
        + messageContains.map(text -> " with a message containing [" + text + "]").orElse("");
  }

  @Override
  public String toString() {
    return describe();
  }
}
