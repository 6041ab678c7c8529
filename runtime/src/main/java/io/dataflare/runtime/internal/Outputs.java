package io.dataflare.runtime.internal;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.OutputRecord;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A batch's outputs kept as indexes into the input batch (plus the new records of outputs that are
 * not an input record), so that building them costs nothing per kept record: an {@link
 * OutputRecord} is made only when a caller reads it. Immutable; {@link OutputsBuilder} makes them.
 */
public abstract sealed class Outputs extends AbstractList<OutputRecord> implements RandomAccess {
  final List<PluginRecord> batch;

  private Outputs(List<PluginRecord> batch) {
    this.batch = batch;
  }

  /** Index in the input batch of output {@code index}. */
  public abstract int sourceIndex(int index);

  /** Output {@code index}'s record (the input record itself when it was kept). */
  public abstract PluginRecord record(int index);

  @Override
  public OutputRecord get(int index) {
    return new OutputRecord(sourceIndex(index), record(index));
  }

  /**
   * Adds these outputs to {@code into}, whose batch holds this one's records from {@code offset} on
   * (a part of a parallel batch joining the whole): kept records stay kept, and new values stay
   * bytes until they are read.
   */
  abstract void addTo(OutputsBuilder into, int offset);

  /** The consecutive input records {@code [from, from + size)}, kept as they are. */
  static final class KeptRange extends Outputs {
    private final int from;
    private final int size;

    KeptRange(List<PluginRecord> batch, int from, int size) {
      super(batch);
      this.from = from;
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public int sourceIndex(int index) {
      return from + checked(index, size);
    }

    @Override
    public PluginRecord record(int index) {
      return batch.get(sourceIndex(index));
    }

    @Override
    void addTo(OutputsBuilder into, int offset) {
      into.keepRange(from + offset, size);
    }
  }

  /** Input records kept as they are, at any indexes. */
  static final class Kept extends Outputs {
    private final int[] sources;

    Kept(List<PluginRecord> batch, int[] sources) {
      super(batch);
      this.sources = sources;
    }

    @Override
    public int size() {
      return sources.length;
    }

    @Override
    public int sourceIndex(int index) {
      return sources[checked(index, sources.length)];
    }

    @Override
    public PluginRecord record(int index) {
      return batch.get(sourceIndex(index));
    }

    @Override
    void addTo(OutputsBuilder into, int offset) {
      into.keepAll(sources, offset);
    }
  }

  /**
   * Outputs some of which are new: per output, {@code null} (the input kept), a {@link
   * PluginRecord}, or a new value ({@code byte[]}) whose record is made from the input when read.
   */
  static final class Mixed extends Outputs {
    private final int[] sources;
    private final @Nullable Object[] outputs;

    Mixed(List<PluginRecord> batch, int[] sources, @Nullable Object[] outputs) {
      super(batch);
      this.sources = sources;
      this.outputs = outputs;
    }

    @Override
    public int size() {
      return sources.length;
    }

    @Override
    public int sourceIndex(int index) {
      return sources[checked(index, sources.length)];
    }

    @Override
    public PluginRecord record(int index) {
      Object output = outputs[checked(index, outputs.length)];
      if (output == null) {
        return batch.get(sources[index]);
      }
      if (output instanceof byte[] value) {
        return batch.get(sources[index]).withValue(value);
      }
      return (PluginRecord) output;
    }

    @Override
    void addTo(OutputsBuilder into, int offset) {
      for (int i = 0; i < sources.length; i++) {
        Object output = outputs[i];
        if (output == null) {
          into.keep(sources[i] + offset);
        } else if (output instanceof byte[] value) {
          into.addValue(sources[i] + offset, value);
        } else {
          into.add(sources[i] + offset, (PluginRecord) output);
        }
      }
    }
  }

  private static int checked(int index, int size) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(
          "output index [" + index + "] is out of bounds for [" + size + "] outputs");
    }
    return index;
  }
}
