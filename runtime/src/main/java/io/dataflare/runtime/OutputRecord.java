package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.PluginRecord;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One record a plugin passed on, with the index of the input record it came from.
 *
 * @param sourceIndex index in the input batch of the record this output came from
 * @param record the output record; a kept record is the input record itself
 */
@API(status = STABLE, since = "0.1")
public record OutputRecord(int sourceIndex, PluginRecord record) {
  public OutputRecord {
    Objects.requireNonNull(record, "record");
  }
}
