package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.ExpectedRecord;
import java.util.List;
import org.apiguardian.api.API;

/** Layout shared by the mismatch factories: indented blocks and record listings. */
@API(status = INTERNAL, since = "0.1")
public final class Texts {
  private Texts() {}

  /**
   * The AssertJ-style block: {@code Expecting <subject>:}, the actual value indented, {@code
   * <relation>:}, the expected value indented.
   */
  public static String expecting(String subject, String actual, String relation, String expected) {
    return "Expecting "
        + subject
        + ":\n"
        + indent(actual)
        + "\n"
        + relation
        + ":\n"
        + indent(expected);
  }

  /** Every line indented by two spaces. */
  public static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }

  /** Output records one per line, {@code [i] { value = ..., key = ... }}; or a note when none. */
  public static String outputs(List<PluginRecord> records) {
    return numbered(records.stream().map(Texts::record).toList());
  }

  /** Expected records one per line, as the author gave them. */
  public static String expectedOutputs(List<ExpectedRecord> records) {
    return numbered(records.stream().map(ExpectedRecord::toString).toList());
  }

  /** Lines numbered {@code [0] ...}, {@code [1] ...}; or {@code (no output records)}. */
  public static String numbered(List<String> lines) {
    if (lines.isEmpty()) {
      return "(no output records)";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      text.append(i == 0 ? "" : "\n").append('[').append(i).append("] ").append(lines.get(i));
    }
    return text.toString();
  }

  /** One record in the TOML inline-table form authors write; only fields that are set. */
  public static String record(PluginRecord record) {
    StringBuilder text =
        new StringBuilder("{ value = ").append(PluginRecord.printable(record.valueBytes()));
    record.keyBytes().ifPresent(key -> text.append(", key = ").append(PluginRecord.printable(key)));
    if (!record.metadata().isEmpty()) {
      text.append(", metadata = ").append(record.metadata());
    }
    if (record.timestamp() != 0) {
      text.append(", timestamp = ").append(record.timestamp());
    }
    if (record.partition() != 0) {
      text.append(", partition = ").append(record.partition());
    }
    if (record.offset() != 0) {
      text.append(", offset = ").append(record.offset());
    }
    return text.append(" }").toString();
  }
}
