package io.dataflare.bench.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataflare.bench.MachineFingerprint;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.util.Version;

/**
 * Reads the machine's fingerprint: CPU, memory and OS from the launching JVM and {@code /proc}, the
 * JVM, flags, garbage collector and heap from what a fork reported about itself.
 */
final class FingerprintProbe {
  private static final Path CPU_INFO = Path.of("/proc/cpuinfo");
  private static final Path MEM_INFO = Path.of("/proc/meminfo");
  private static final Path OS_RELEASE = Path.of("/etc/os-release");

  private FingerprintProbe() {}

  static MachineFingerprint probe(Optional<ForkInfo> fork, HarnessSettings settings) {
    ForkInfo jvm = fork.orElseGet(() -> hostWith(settings.forkJvmArgs()));
    return new MachineFingerprint(
        MachineFingerprint.SCHEMA,
        cpuModel(),
        Runtime.getRuntime().availableProcessors(),
        memoryBytes(),
        os(),
        System.getProperty("os.version", "unknown"),
        jvm.jvmVendor(),
        jvm.jvmVersion(),
        jvm.jvmFlags(),
        jvm.gc(),
        heap(jvm),
        Version.getPlainVersion());
  }

  /** The fingerprint as {@code fingerprint.json} holds it. */
  static String toJson(MachineFingerprint fingerprint) {
    ObjectNode node =
        ResultDocument.MAPPER
            .createObjectNode()
            .put("schema", fingerprint.schema())
            .put("cpuModel", fingerprint.cpuModel())
            .put("cores", fingerprint.cores())
            .put("memoryBytes", fingerprint.memoryBytes())
            .put("os", fingerprint.os())
            .put("kernel", fingerprint.kernel())
            .put("jvmVendor", fingerprint.jvmVendor())
            .put("jvmVersion", fingerprint.jvmVersion());
    fingerprint.jvmFlags().forEach(node.putArray("jvmFlags")::add);
    node.put("gc", fingerprint.gc())
        .put("heap", fingerprint.heap())
        .put("jmhVersion", fingerprint.jmhVersion());
    return ResultDocument.toJson(node);
  }

  /** When no fork reported (an empty plan): this JVM's facts with the flags forks would get. */
  private static ForkInfo hostWith(List<String> forkFlags) {
    ForkInfo host = ForkInfo.current();
    return new ForkInfo(host.jvmVendor(), host.jvmVersion(), forkFlags, "JVM default", -1);
  }

  static String heap(ForkInfo jvm) {
    String xms = lastValue(jvm.jvmFlags(), "-Xms");
    String xmx = lastValue(jvm.jvmFlags(), "-Xmx");
    String size;
    if (xmx != null && xmx.equals(xms)) {
      size = "fixed " + xmx + " (-Xms = -Xmx)";
    } else if (xmx != null || xms != null) {
      size = "-Xms" + (xms == null ? " default" : xms) + " -Xmx" + (xmx == null ? " default" : xmx);
    } else {
      size = "JVM default";
    }
    if (jvm.maxHeapBytes() > 0) {
      size += ", max " + jvm.maxHeapBytes() + " bytes";
    }
    boolean preTouched = jvm.jvmFlags().contains("-XX:+AlwaysPreTouch");
    return size + (preTouched ? ", pre-touched" : ", not pre-touched");
  }

  private static String lastValue(List<String> flags, String prefix) {
    String value = null;
    for (String flag : flags) {
      if (flag.startsWith(prefix)) {
        value = flag.substring(prefix.length());
      }
    }
    return value;
  }

  static String cpuModel() {
    for (String line : lines(CPU_INFO)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        if (key.equals("model name") || key.equals("hardware") || key.equals("cpu model")) {
          return line.substring(colon + 1).trim();
        }
      }
    }
    return System.getProperty("os.arch", "unknown");
  }

  private static long memoryBytes() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    for (String line : lines(MEM_INFO)) {
      if (line.startsWith("MemTotal:")) {
        return 1024 * Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private static String os() {
    String os = System.getProperty("os.name", "unknown") + " " + System.getProperty("os.arch", "");
    for (String line : lines(OS_RELEASE)) {
      if (line.startsWith("PRETTY_NAME=")) {
        return os.trim() + " (" + line.substring("PRETTY_NAME=".length()).replace("\"", "") + ")";
      }
    }
    return os.trim();
  }

  private static List<String> lines(Path file) {
    try {
      return Files.isReadable(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
