package io.dataflare.testkit.properties.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.properties.Choices;
import io.dataflare.testkit.properties.RecordShape;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Batches as choices. Two rare flags come first: a full batch (the shape's largest) and a single
 * record with the largest value; otherwise a batch of a few records, more as the size grows. Its
 * edge cases: a single record with an empty value, the largest value, the largest batch.
 */
@API(status = INTERNAL, since = "0.1")
public final class Batches {
  private static final double RARE = 0.02;

  private Batches() {}

  public static List<PluginRecord> batch(Choices choices, RecordShape shape) {
    if (choices.chance(RARE)) {
      // as many records as fit, each still marked, so shrinking drops them like any others
      return Lists.withChance(
          choices, shape.maxBatch(), 1.0, () -> RecordParts.record(choices, shape));
    }
    if (choices.chance(RARE)) {
      return List.of(RecordParts.largest(choices, shape));
    }
    return Lists.many(
        choices,
        shape.maxBatch(),
        Lists.average(choices, 1, 1 / 12.0, shape.maxBatch()),
        () -> RecordParts.record(choices, shape));
  }

  /** One batch or more, each with its own records. */
  public static List<List<PluginRecord>> batches(Choices choices, RecordShape shape) {
    List<List<PluginRecord>> batches = new ArrayList<>();
    batches.add(batch(choices, shape));
    batches.addAll(
        Lists.many(choices, 3, Lists.average(choices, 0.3, 0.01, 3), () -> batch(choices, shape)));
    return batches;
  }

  /** The edge cases of {@link #batch}, as choice prefixes. */
  public static List<long[]> edgeCases(RecordShape shape) {
    ChoiceRecorder simplest = ChoiceRecorder.replaying(new long[0]);
    RecordParts.record(simplest, shape);
    long[] emptyRecord = simplest.made();
    long[] oneEmptyValue = new long[emptyRecord.length + 4];
    oneEmptyValue[2] = 1; // no full batch, no largest value, one record
    System.arraycopy(emptyRecord, 0, oneEmptyValue, 3, emptyRecord.length);
    // the largest value: not a full batch, the largest record, its first kind, the longest value
    long[] largestValue = {0, 1, 0, Long.MAX_VALUE};
    return List.of(oneEmptyValue, largestValue, new long[] {1});
  }

  /**
   * Cuts a list into consecutive non-empty parts, each gap a cut or not (no cut is the simplest);
   * an empty list has no parts.
   */
  public static <T> List<List<T>> split(Choices choices, List<T> list) {
    List<List<T>> parts = new ArrayList<>();
    int start = 0;
    for (int gap = 1; gap < list.size(); gap++) {
      if (choices.chance(0.3)) {
        parts.add(List.copyOf(list.subList(start, gap)));
        start = gap;
      }
    }
    if (!list.isEmpty()) {
      parts.add(List.copyOf(list.subList(start, list.size())));
    }
    return parts;
  }
}
