package io.dataflare.runtime.wasm;

import io.dataflare.plugin.PluginRecord;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the values the {@code echo_map} fixture emits back into records, so a test can compare
 * what the guest read with what the host sent.
 */
final class EchoLayout {
  private EchoLayout() {}

  static PluginRecord decode(byte[] echoed) {
    ByteBuffer in = ByteBuffer.wrap(echoed).order(ByteOrder.LITTLE_ENDIAN);
    PluginRecord.Builder record = PluginRecord.builder().value(bytes(in, in.getInt()));
    int keyLength = in.getInt();
    if (keyLength >= 0) {
      record.key(bytes(in, keyLength));
    }
    int metadata = in.getInt();
    for (int i = 0; i < metadata; i++) {
      String key = new String(bytes(in, in.getInt()), StandardCharsets.UTF_8);
      record.metadata(key, new String(bytes(in, in.getInt()), StandardCharsets.UTF_8));
    }
    record.timestamp(in.getLong()).partition(in.getInt());
    int reserved = in.getInt();
    if (reserved != 0) {
      throw new AssertionError("descriptor reserved field is [" + reserved + "], not 0");
    }
    record.offset(in.getLong());
    if (in.hasRemaining()) {
      throw new AssertionError("[" + in.remaining() + "] bytes left after the echoed record");
    }
    return record.build();
  }

  private static byte[] bytes(ByteBuffer in, int length) {
    byte[] bytes = new byte[length];
    in.get(bytes);
    return bytes;
  }
}
