package io.dataflare.runtime.internal;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.OutputRecord;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A batch cut into consecutive chunks that the parts of a parallel batch take in input order, each
 * part its next chunk as soon as it has finished the last, so that a part that starts late or runs
 * slowly takes fewer and all parts end together. Each chunk is one call on the taking part's
 * instance; its outputs are kept here until the batch is joined.
 *
 * <p>Split once into equal halves, a 10,000-record batch waited on this project's machine for its
 * slower part, which was up to 100 µs (a third) behind the other: a worker woken late, or a core
 * slowed by its neighbour. Chunks of a few hundred records bound that wait to about one chunk.
 *
 * <p>After a failure no chunk is given out any more; every chunk before the failing one was given
 * out before it, so the first failure in input order is among those the parts report.
 */
final class BatchChunks {
  /** Chunks per part, when records allow: enough that the last chunk is short against a part. */
  static final int CHUNKS_PER_PART = 16;

  /**
   * Fewest records in a chunk, so that what a call costs besides its records (under a microsecond)
   * stays small against the chunk.
   */
  static final int MIN_CHUNK_RECORDS = 64;

  /** Most records in a chunk: a chunk's encoded records then stay in a core's own caches. */
  static final int MAX_CHUNK_RECORDS = 1024;

  private final List<PluginRecord> records;
  private final int chunkRecords;
  private final int count;
  private final @Nullable List<OutputRecord>[] outputs;
  private final AtomicInteger next = new AtomicInteger();
  private volatile boolean stopped;

  /**
   * Cuts {@code records} into chunks for {@code parts} parts.
   *
   * @param small whether chunks may be smaller than a part's share: not under an instruction
   *     budget, which holds for each call, so that it holds for a part as a whole
   */
  @SuppressWarnings("unchecked")
  BatchChunks(List<PluginRecord> records, int parts, boolean small) {
    this.records = records;
    this.chunkRecords = recordsPerChunk(records.size(), parts, small);
    this.count = (records.size() + chunkRecords - 1) / chunkRecords;
    this.outputs = new List[count];
  }

  /** Records in each chunk but the last, for a batch of {@code records} in {@code parts} parts. */
  static int recordsPerChunk(int records, int parts, boolean small) {
    int share = (records + parts - 1) / parts;
    int even = (share + CHUNKS_PER_PART - 1) / CHUNKS_PER_PART;
    return small ? Math.max(MIN_CHUNK_RECORDS, Math.min(MAX_CHUNK_RECORDS, even)) : share;
  }

  /** The whole batch. */
  List<PluginRecord> records() {
    return records;
  }

  /** How many chunks the batch has. */
  int count() {
    return count;
  }

  /** Index in the batch of chunk {@code chunk}'s first record. */
  int start(int chunk) {
    return chunk * chunkRecords;
  }

  /** Index in the batch just after chunk {@code chunk}'s last record. */
  int end(int chunk) {
    return Math.min(records.size(), start(chunk) + chunkRecords);
  }

  /** Chunk {@code chunk}'s outputs, or null when it was not run (after a failure). */
  @Nullable List<OutputRecord> outputs(int chunk) {
    return outputs[chunk];
  }

  /**
   * Runs chunks on {@code instance} until none is left or a part failed, keeping each chunk's
   * outputs, and counts the instructions of all of them into {@code meter} when it counts.
   *
   * @param current told the index of each chunk as it starts, so that a failure or a timeout can
   *     name its records
   * @throws PluginCallException the failure of the chunk that failed, its record index within that
   *     chunk; no other part takes a chunk afterwards
   */
  void runOn(PluginInstance instance, CallMeter meter, Current current) throws PluginCallException {
    long instructions = 0;
    try {
      for (int chunk = take(); chunk >= 0; chunk = take()) {
        current.chunk(chunk);
        outputs[chunk] = instance.call(records.subList(start(chunk), end(chunk)), meter);
        instructions =
            instructions < 0 || meter.instructions < 0 ? -1 : instructions + meter.instructions;
      }
    } catch (Throwable failure) {
      stop();
      throw failure;
    }
    meter.instructions = meter.countInstructions ? instructions : -1;
  }

  /** Gives out no chunk any more: the batch has failed. */
  void stop() {
    stopped = true;
  }

  private int take() {
    if (stopped) {
      return -1;
    }
    int chunk = next.getAndIncrement();
    return chunk < count ? chunk : -1;
  }

  /** Where a part is: told each chunk as the part starts it. */
  interface Current {
    void chunk(int chunk);
  }
}
