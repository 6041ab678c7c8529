package io.dataflare.testkit.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Expectation;
import io.dataflare.testkit.InvalidSpecException;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.RecordBuilder;
import io.dataflare.testkit.SourceLocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** Reads one {@code [[case]]} table into a {@link PluginTestCase}. */
@API(status = INTERNAL, since = "0.1")
public final class CaseReader {
  private CaseReader() {}

  /** The case, or empty after reporting its problems. */
  public static Optional<PluginTestCase> read(SpecTable table) {
    Problems problems = table.problems();
    int before = problems.count();
    table.checkKeys();
    Optional<String> name = name(table);
    Optional<List<List<PluginRecord>>> batches = batches(table);
    Optional<Long> timeoutMs = table.integer("timeout_ms", 1, Long.MAX_VALUE);
    Optional<Long> memoryMb = table.integer("memory_limit_mb", 1, 4096);
    Optional<List<String>> tags = table.strings("tags");
    List<Expectation> expectations = expectations(table, batches.map(List::size).orElse(1));
    if (problems.count() != before || name.isEmpty() || batches.isEmpty()) {
      return Optional.empty();
    }
    PluginTestCase.Builder builder =
        PluginTestCase.builder(name.get())
            .withBatches(batches.get())
            .expecting(expectations)
            .withSource(new SourceLocation(problems.file(), table.line()));
    timeoutMs.ifPresent(ms -> builder.withTimeout(Duration.ofMillis(ms)));
    memoryMb.ifPresent(mb -> builder.withMemoryLimitMb(mb.intValue()));
    tags.ifPresent(builder::withTags);
    try {
      return Optional.of(builder.build());
    } catch (InvalidSpecException e) {
      table.problem(TomlKeys.of(e.field()), e.problem(), e.fix());
      return Optional.empty();
    }
  }

  private static Optional<String> name(SpecTable table) {
    if (!table.has("name")) {
      table.missing("name");
      return Optional.empty();
    }
    Optional<String> name = table.string("name");
    if (name.isPresent() && name.get().isBlank()) {
      table.problem("name", "must not be blank");
      return Optional.empty();
    }
    return name;
  }

  private static Optional<List<List<PluginRecord>>> batches(SpecTable table) {
    if (table.has("input") && table.has("batches")) {
      table.problem(
          "batches",
          "[input] and [batches] are both given",
          "give one batch as input = [ ... ] or several as batches = [ [ ... ], [ ... ] ], not both");
      return Optional.empty();
    }
    if (table.has("input")) {
      return table
          .array("input")
          .flatMap(array -> RecordReader.readAll(array, table.path("input"), table.problems()))
          .map(records -> List.of(built(records)));
    }
    if (table.has("batches")) {
      return table.array("batches").flatMap(array -> batchList(table, array));
    }
    if (table.suggested("input") || table.suggested("batches")) {
      return Optional.empty();
    }
    table
        .problems()
        .add(
            table.path("input"),
            "[[case]] has no [input] or [batches]",
            "add " + SpecKeys.CASE.example("input") + " or " + SpecKeys.CASE.example("batches"));
    return Optional.empty();
  }

  private static Optional<List<List<PluginRecord>>> batchList(SpecTable table, JsonNode array) {
    if (array.isEmpty()) {
      table.problem("batches", "is empty");
      return Optional.empty();
    }
    List<List<PluginRecord>> batches = new ArrayList<>();
    boolean clean = true;
    for (int i = 0; i < array.size(); i++) {
      String path = TomlLineIndex.element(table.path("batches"), i);
      JsonNode batch = array.get(i);
      if (!batch.isArray()) {
        table
            .problems()
            .add(
                path,
                "each batch must be an array of records but is " + SpecTable.describe(batch),
                "write e.g. " + SpecKeys.CASE.example("batches"));
        clean = false;
        continue;
      }
      Optional<List<RecordBuilder>> records = RecordReader.readAll(batch, path, table.problems());
      clean &= records.isPresent();
      records.ifPresent(r -> batches.add(built(r)));
    }
    return clean ? Optional.of(batches) : Optional.empty();
  }

  private static List<Expectation> expectations(SpecTable table, int batchCount) {
    if (!table.has("expect")) {
      if (table.suggested("expect")) {
        return List.of();
      }
      noExpectation(table);
      return List.of();
    }
    Optional<SpecTable> expect = table.table("expect", SpecKeys.EXPECT);
    if (expect.isEmpty()) {
      return List.of();
    }
    int before = table.problems().count();
    List<Expectation> expectations = ExpectReader.read(expect.get(), batchCount);
    if (expectations.isEmpty() && table.problems().count() == before) {
      noExpectation(table);
    }
    return expectations;
  }

  private static void noExpectation(SpecTable table) {
    table
        .problems()
        .add(
            table.path("expect"),
            "[[case]] has no expectation",
            "add at least one, e.g. expect.output = [ { value = \"...\" } ] or expect.dropped = true");
  }

  private static List<PluginRecord> built(List<RecordBuilder> records) {
    return records.stream().map(RecordBuilder::build).toList();
  }
}
