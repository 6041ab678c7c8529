package io.dataflare.bench.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a forked JVM reports about itself for the fingerprint: the launching JVM cannot see the
 * forks' garbage collector or effective flags.
 *
 * @param jvmVendor {@code java.vendor}
 * @param jvmVersion {@code java.runtime.version}
 * @param jvmFlags the input arguments, without the per-run plan and compiler-hint paths
 * @param gc the garbage collectors' names, joined
 * @param maxHeapBytes {@code Runtime.maxMemory()}
 */
record ForkInfo(
    String jvmVendor, String jvmVersion, List<String> jvmFlags, String gc, long maxHeapBytes) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  ForkInfo {
    jvmFlags = List.copyOf(jvmFlags);
  }

  /** This JVM's facts. */
  static ForkInfo current() {
    List<String> gcs = new ArrayList<>();
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs.add(bean.getName());
    }
    return new ForkInfo(
        System.getProperty("java.vendor", "unknown"),
        System.getProperty("java.runtime.version", System.getProperty("java.version", "unknown")),
        stableFlags(ManagementFactory.getRuntimeMXBean().getInputArguments()),
        String.join(", ", gcs),
        Runtime.getRuntime().maxMemory());
  }

  /** Flags that describe the JVM, without paths that change from run to run. */
  static List<String> stableFlags(List<String> flags) {
    return flags.stream()
        .filter(flag -> !flag.startsWith("-Ddataflare.bench."))
        .filter(flag -> !flag.startsWith("-XX:CompileCommandFile="))
        .toList();
  }

  void write(Path file) {
    ObjectNode node =
        MAPPER
            .createObjectNode()
            .put("jvmVendor", jvmVendor)
            .put("jvmVersion", jvmVersion)
            .put("gc", gc)
            .put("maxHeapBytes", maxHeapBytes);
    jvmFlags.forEach(node.putArray("jvmFlags")::add);
    AtomicFiles.writeString(file, node.toPrettyString());
  }

  /** The facts a fork wrote, or empty when no fork wrote any. */
  static Optional<ForkInfo> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode node = MAPPER.readTree(file.toFile());
      List<String> flags = new ArrayList<>();
      node.path("jvmFlags").forEach(flag -> flags.add(flag.asText()));
      return Optional.of(
          new ForkInfo(
              node.path("jvmVendor").asText("unknown"),
              node.path("jvmVersion").asText("unknown"),
              flags,
              node.path("gc").asText("unknown"),
              node.path("maxHeapBytes").asLong(-1)));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read fork facts [" + file + "]", e);
    }
  }
}
