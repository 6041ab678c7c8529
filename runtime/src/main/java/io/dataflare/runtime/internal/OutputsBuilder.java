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
 * one reference when some are new). A new value is kept as its bytes: its record (the input's
 * fields with the new value) is made when a caller reads it. Not thread-safe: one per instance.
 */
public final class OutputsBuilder {
  private int[] sources;

  /** Per output: null (the input kept), a {@link PluginRecord}, or a new value ({@code byte[]}). */
  private @Nullable Object @Nullable [] created;

  private List<PluginRecord> batch = List.of();
  private int size;
  private boolean contiguous;
  private boolean anyNew;

  /** A builder that grows as outputs come. */
  public OutputsBuilder() {
    this(16);
  }

  /** A builder with room for {@code capacity} outputs before it grows. */
  public OutputsBuilder(int capacity) {
    sources = new int[Math.max(1, capacity)];
  }

  /** Starts the outputs of {@code batch}, forgetting the previous batch's. */
  public OutputsBuilder begin(List<PluginRecord> batch) {
    this.batch = batch;
    size = 0;
    contiguous = true;
    anyNew = false;
    if (created != null) {
      Arrays.fill(created, null);
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

  /**
   * Adds input records {@code kept[i] + offset}, in order, each kept as it is: a part's kept
   * records joining the whole batch, in one pass rather than one {@link #keep} each.
   */
  void keepAll(int[] kept, int offset) {
    if (kept.length == 0) {
      return;
    }
    ensureRoom(kept.length);
    int previous = size > 0 ? sources[size - 1] : kept[0] + offset - 1;
    for (int i = 0; i < kept.length; i++) {
      int source = kept[i] + offset;
      if (source != previous + 1) {
        contiguous = false;
      }
      sources[size + i] = source;
      previous = source;
    }
    size += kept.length;
  }

  /** Adds the {@code count} consecutive input records from {@code from} on, kept as they are. */
  void keepRange(int from, int count) {
    if (count == 0) {
      return;
    }
    ensureRoom(count);
    if (size > 0 && from != sources[size - 1] + 1) {
      contiguous = false;
    }
    for (int i = 0; i < count; i++) {
      sources[size + i] = from + i;
    }
    size += count;
  }

  private void ensureRoom(int more) {
    if (size + more > sources.length) {
      sources = Arrays.copyOf(sources, Math.max(size + more, sources.length * 2));
    }
  }

  /**
   * Adds input record {@code source} with {@code value} as its new value (taken, not copied); the
   * record is made when it is read.
   */
  public void addValue(int source, byte[] value) {
    append(source, value);
  }

  private void append(int source, @Nullable Object output) {
    ensureRoom(1);
    if (size > 0 && source != sources[size - 1] + 1) {
      contiguous = false;
    }
    sources[size] = source;
    if (output != null) {
      anyNew = true;
      if (created == null) {
        created = new Object[sources.length];
      } else if (created.length < sources.length) {
        created = Arrays.copyOf(created, sources.length);
      }
    }
    if (created != null && size < created.length) {
      created[size] = output;
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
    @Nullable Object[] made = Arrays.copyOf(Objects.requireNonNull(created), size);
    return new Outputs.Mixed(of, Arrays.copyOf(sources, size), made);
  }
}
