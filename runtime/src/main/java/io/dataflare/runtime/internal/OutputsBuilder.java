package io.dataflare.runtime.internal;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.OutputRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Collects one batch's outputs in scratch arrays that one instance reuses from batch to batch, and
 * builds them as {@link Outputs}: keeping every record, dropping every record or keeping a
 * consecutive run allocates nothing per record; other outputs cost one {@code int} per output (and
 * one reference when some are new records). Not thread-safe: one per instance.
 */
public final class OutputsBuilder {
  private int[] sources = new int[16];
  private @Nullable PluginRecord @Nullable [] records;
  private List<PluginRecord> batch = List.of();
  private int size;
  private boolean contiguous;
  private boolean anyNew;

  /** Starts the outputs of {@code batch}, forgetting the previous batch's. */
  public OutputsBuilder begin(List<PluginRecord> batch) {
    this.batch = batch;
    size = 0;
    contiguous = true;
    anyNew = false;
    if (records != null) {
      Arrays.fill(records, null);
    }
    return this;
  }

  /** Adds input record {@code source}, kept as it is. */
  public void keep(int source) {
    append(source, null);
  }

  /** Adds {@code record} as an output of input record {@code source}. */
  public void add(int source, PluginRecord record) {
    append(source, record == batch.get(source) ? null : record);
  }

  private void append(int source, @Nullable PluginRecord created) {
    if (size == sources.length) {
      sources = Arrays.copyOf(sources, size * 2);
    }
    if (size > 0 && source != sources[size - 1] + 1) {
      contiguous = false;
    }
    sources[size] = source;
    if (created != null) {
      anyNew = true;
      if (records == null) {
        records = new PluginRecord[sources.length];
      } else if (records.length < sources.length) {
        records = Arrays.copyOf(records, sources.length);
      }
    }
    if (records != null && size < records.length) {
      records[size] = created;
    }
    size++;
  }

  /**
   * The smallest input index without an output, when the outputs' sources are strictly increasing
   * (one output per record at most); the batch's size when every record has one.
   */
  public int firstGap() {
    for (int k = 0; k < size; k++) {
      if (sources[k] != k) {
        return k;
      }
    }
    return size;
  }

  /** Outputs added since {@link #begin}. */
  public int size() {
    return size;
  }

  /** The outputs added since {@link #begin}; the builder may be reused at once. */
  public List<OutputRecord> build() {
    List<PluginRecord> of = batch;
    batch = List.of();
    if (size == 0) {
      return List.of();
    }
    if (!anyNew) {
      return contiguous
          ? new Outputs.KeptRange(of, sources[0], size)
          : new Outputs.Kept(of, Arrays.copyOf(sources, size));
    }
    @Nullable PluginRecord[] created = Arrays.copyOf(Objects.requireNonNull(records), size);
    return new Outputs.Mixed(of, Arrays.copyOf(sources, size), created);
  }
}
