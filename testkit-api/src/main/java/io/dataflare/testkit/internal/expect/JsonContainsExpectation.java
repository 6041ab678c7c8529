package io.dataflare.testkit.internal.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.Json;
import io.dataflare.testkit.internal.RecordChecks;
import java.util.Optional;
import org.apiguardian.api.API;

/** Each output value is JSON containing this JSON (objects as subsets, arrays equal). */
@API(status = INTERNAL, since = "0.1")
public final class JsonContainsExpectation extends EachOutputExpectation {
  private final JsonNode subset;

  public JsonContainsExpectation(JsonNode subset) {
    this.subset = subset;
  }

  @Override
  Optional<Mismatch> checkOne(int index, PluginRecord output) {
    return RecordChecks.jsonContains(index, subset, output.valueBytes());
  }

  @Override
  String eachDescription() {
    return "containing JSON " + Json.compact(subset);
  }
}
