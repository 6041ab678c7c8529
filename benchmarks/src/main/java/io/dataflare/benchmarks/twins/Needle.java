package io.dataflare.benchmarks.twins;

import io.dataflare.plugin.PluginRecord;

/** The filter sample's test, byte for byte: does a value contain the needle? */
public final class Needle {
  /** The sample's default needle. */
  public static final byte[] ERROR = {'e', 'r', 'r', 'o', 'r'};

  private Needle() {}

  /** Whether the record's value contains {@code needle}, read in place (no copy). */
  public static boolean in(PluginRecord record, byte[] needle) {
    int last = record.valueLength() - needle.length;
    for (int start = 0; start <= last; start++) {
      int i = 0;
      while (i < needle.length && record.valueAt(start + i) == needle[i]) {
        i++;
      }
      if (i == needle.length) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code value} contains {@code needle}. */
  public static boolean in(byte[] value, byte[] needle) {
    int last = value.length - needle.length;
    for (int start = 0; start <= last; start++) {
      int i = 0;
      while (i < needle.length && value[start + i] == needle[i]) {
        i++;
      }
      if (i == needle.length) {
        return true;
      }
    }
    return false;
  }
}
