package io.dataflare.testkit.internal.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.Json;
import io.dataflare.testkit.internal.RecordChecks;
import io.dataflare.testkit.internal.mismatch.ShouldHaveOutputCount;
import io.dataflare.testkit.internal.mismatch.Texts;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Exactly these JSON documents as output values, in order, compared as parsed JSON. */
@API(status = INTERNAL, since = "0.1")
public final class JsonEqualsExpectation extends OutputsExpectation {
  private final List<JsonNode> documents;

  public JsonEqualsExpectation(List<JsonNode> documents) {
    this.documents = List.copyOf(documents);
  }

  @Override
  protected Optional<Mismatch> checkOutputs(List<PluginRecord> outputs) {
    int common = Math.min(documents.size(), outputs.size());
    for (int i = 0; i < common; i++) {
      Optional<Mismatch> mismatch =
          RecordChecks.jsonEquals(i, "value", documents.get(i), outputs.get(i).valueBytes());
      if (mismatch.isPresent()) {
        return mismatch;
      }
    }
    if (documents.size() != outputs.size()) {
      return Optional.of(ShouldHaveOutputCount.create(documents.size(), outputs, listing()));
    }
    return Optional.empty();
  }

  private String listing() {
    return Texts.numbered(documents.stream().map(Json::compact).toList());
  }

  @Override
  public String describe() {
    return "output values equal as JSON to "
        + documents.stream().map(Json::compact).collect(Collectors.joining(", ", "[", "]"));
  }
}
