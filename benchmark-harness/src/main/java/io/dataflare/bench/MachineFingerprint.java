package io.dataflare.bench;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The machine and JVM a run measured on, written next to the results as {@code fingerprint.json}.
 * Wall-clock figures only compare between runs with equal fingerprints; the gate turns wall-clock
 * verdicts into warnings when they differ.
 *
 * @param schema version of this file's format, {@value #SCHEMA}
 * @param cpuModel the CPU model from {@code /proc/cpuinfo}, or the architecture when unknown
 * @param cores processors available to the JVM
 * @param memoryBytes physical memory (the container's limit inside a container)
 * @param os operating system name, distribution and architecture
 * @param kernel kernel version
 * @param jvmVendor vendor of the forked JVMs
 * @param jvmVersion runtime version of the forked JVMs
 * @param jvmFlags the forked JVMs' flags, without per-run paths
 * @param gc the forked JVMs' garbage collectors
 * @param heap the forked JVMs' heap: size, whether fixed and pre-touched
 * @param jmhVersion the JMH version that measured
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MachineFingerprint(
    int schema,
    String cpuModel,
    int cores,
    long memoryBytes,
    String os,
    String kernel,
    String jvmVendor,
    String jvmVersion,
    List<String> jvmFlags,
    String gc,
    String heap,
    String jmhVersion) {

  /** The current schema of {@code fingerprint.json}. */
  public static final int SCHEMA = 1;

  public MachineFingerprint {
    Objects.requireNonNull(cpuModel, "cpuModel");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(kernel, "kernel");
    Objects.requireNonNull(jvmVendor, "jvmVendor");
    Objects.requireNonNull(jvmVersion, "jvmVersion");
    jvmFlags = List.copyOf(jvmFlags);
    Objects.requireNonNull(gc, "gc");
    Objects.requireNonNull(heap, "heap");
    Objects.requireNonNull(jmhVersion, "jmhVersion");
  }
}
