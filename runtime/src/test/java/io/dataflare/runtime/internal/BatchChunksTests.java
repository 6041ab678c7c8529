package io.dataflare.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.PluginRecord;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a parallel batch cuts its records into the chunks its parts take in turn. */
class BatchChunksTests {
  private static List<PluginRecord> records(int count) {
    return Collections.nCopies(count, PluginRecord.ofText("r"));
  }

  @Test
  void cutsTheWholeBatchIntoChunksOfAFewHundredRecords() {
    BatchChunks chunks = new BatchChunks(records(10_000), 2, true);

    assertThat(chunks.count()).isEqualTo(32);
    assertThat(chunks.start(0)).isZero();
    assertThat(chunks.end(0)).isEqualTo(313);
    assertThat(chunks.start(31)).isEqualTo(chunks.end(30));
    assertThat(chunks.end(31)).isEqualTo(10_000);
  }

  @Test
  void keepsChunksBetweenTheirLeastAndTheirMostRecords() {
    assertThat(BatchChunks.recordsPerChunk(1_000, 4, true))
        .isEqualTo(BatchChunks.MIN_CHUNK_RECORDS);
    assertThat(BatchChunks.recordsPerChunk(1_000_000, 2, true))
        .isEqualTo(BatchChunks.MAX_CHUNK_RECORDS);
  }

  @Test
  void givesEachPartItsShareAsOneChunkUnderAnInstructionBudget() {
    BatchChunks chunks = new BatchChunks(records(1_001), 2, false);

    assertThat(chunks.count()).isEqualTo(2);
    assertThat(chunks.end(0)).isEqualTo(501);
    assertThat(chunks.end(1)).isEqualTo(1_001);
  }

  @Test
  void keepsABatchSmallerThanAChunkWhole() {
    assertThat(new BatchChunks(records(10), 2, true).count()).isEqualTo(1);
  }
}
