package io.dataflare.testkit.internal.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.RecordChecks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** Each output record has these metadata entries (and possibly others). */
@API(status = INTERNAL, since = "0.1")
public final class MetadataExpectation extends EachOutputExpectation {
  private final Map<String, String> entries;

  public MetadataExpectation(Map<String, String> entries) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  @Override
  Optional<Mismatch> checkOne(int index, PluginRecord output) {
    return RecordChecks.hasMetadata(index, entries, output);
  }

  @Override
  String eachDescription() {
    return "with metadata " + entries;
  }
}
