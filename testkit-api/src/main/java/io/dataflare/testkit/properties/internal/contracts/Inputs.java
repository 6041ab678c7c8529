package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.properties.Generator;
import io.dataflare.testkit.properties.Generators;
import io.dataflare.testkit.properties.RecordShape;
import io.dataflare.testkit.properties.internal.Lists;
import io.dataflare.testkit.properties.internal.ValueText;
import java.util.ArrayList;
import java.util.List;

/** The inputs contracts are checked on, each able to show itself in a failure report. */
final class Inputs {
  private Inputs() {}

  /** A batch, and a cut of it into consecutive parts. */
  record BatchSplit(List<PluginRecord> batch, List<List<PluginRecord>> parts)
      implements ValueText.Shown {
    @Override
    public String show() {
      String shown = ValueText.batch(batch);
      return parts.size() < 2 ? shown : shown + "\ncut into parts of " + sizes(parts) + " records";
    }
  }

  /** Batches run one after another on one instance and from several threads in {@code order}. */
  record Reuse(List<List<PluginRecord>> batches, List<Integer> order) implements ValueText.Shown {
    @Override
    public String show() {
      return ValueText.batches(batches) + "\nrun from several threads in the order " + order;
    }
  }

  static Generator<List<List<PluginRecord>>> sessions(RecordShape shape) {
    return Generators.batches(shape);
  }

  static Generator<BatchSplit> batchSplits(RecordShape shape) {
    return Generators.records(shape)
        .flatMap(batch -> Generators.splits(batch).map(parts -> new BatchSplit(batch, parts)));
  }

  /** Two to five batches and an order of them (the simplest: as they are). */
  static Generator<Reuse> reuses(RecordShape shape) {
    Generator<List<PluginRecord>> batch = Generators.records(shape);
    Generator<Reuse> reuses =
        choices -> {
          List<List<PluginRecord>> batches = new ArrayList<>();
          batches.add(batch.generate(choices));
          batches.add(batch.generate(choices));
          batches.addAll(Lists.many(choices, 3, 0.5, () -> batch.generate(choices)));
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < batches.size(); i++) {
            order.add(i);
          }
          for (int i = order.size() - 1; i > 0; i--) {
            int j = i - choices.chooseInt(i);
            order.set(j, order.set(i, order.get(j)));
          }
          return new Reuse(batches, order);
        };
    return reuses.withEdgeCases(batch.edgeCases());
  }

  static List<Integer> sizes(List<List<PluginRecord>> parts) {
    return parts.stream().map(List::size).toList();
  }

  static List<Integer> offsets(List<List<PluginRecord>> parts) {
    List<Integer> offsets = new ArrayList<>();
    int offset = 0;
    for (List<PluginRecord> part : parts) {
      offsets.add(offset);
      offset += part.size();
    }
    return offsets;
  }
}
