package io.dataflare.bench.plan;

import io.dataflare.bench.internal.Sha256;
import io.dataflare.plugin.PluginRecord;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 of a batch in one fixed binary encoding (every field, length-prefixed), so two runs can
 * prove they fed a plugin the same records.
 */
final class InputDigest {
  private static final String ENCODING_TAG = "dataflare-input-v1";

  private InputDigest() {}

  static String sha256(List<PluginRecord> batch) {
    MessageDigest digest = Sha256.newDigest();
    try (DataOutputStream out =
        new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
      writeText(out, ENCODING_TAG);
      out.writeInt(batch.size());
      for (PluginRecord record : batch) {
        write(out, record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Sha256.hex(digest);
  }

  private static void write(DataOutputStream out, PluginRecord record) throws IOException {
    out.writeInt(record.valueLength());
    out.write(record.valueBytes());
    out.writeInt(record.keyLength());
    if (record.hasKey()) {
      out.write(record.keyBytes().orElseThrow());
    }
    out.writeInt(record.metadata().size());
    for (Map.Entry<String, String> entry : record.metadata().entrySet()) {
      writeText(out, entry.getKey());
      writeText(out, entry.getValue());
    }
    out.writeLong(record.timestamp());
    out.writeInt(record.partition());
    out.writeLong(record.offset());
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }
}
