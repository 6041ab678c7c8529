package io.dataflare.baselines;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The machine and JVM a run used, as the harness wrote them to {@code fingerprint.json}: {@code
 * cpuModel}, {@code cores}, {@code memoryBytes}, {@code os}, {@code kernel}, {@code jvmVendor},
 * {@code jvmVersion}, {@code jvmFlags}, {@code gc}, {@code heap}, {@code jmhVersion} (and any
 * further field). Wall-clock numbers are comparable only between equal fingerprints.
 *
 * @param fields field name to a JSON value (string, number, boolean, list or map); never {@code
 *     schema}, which belongs to the file
 */
@API(status = STABLE, since = "0.1")
public record Fingerprint(Map<String, Object> fields) {

  /** The fields the harness writes, in its order. */
  public static final List<String> KNOWN_FIELDS =
      List.of(
          "cpuModel",
          "cores",
          "memoryBytes",
          "os",
          "kernel",
          "jvmVendor",
          "jvmVersion",
          "jvmFlags",
          "gc",
          "heap",
          "jmhVersion");

  public Fingerprint {
    Map<String, Object> copy = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> {
          if (!"schema".equals(k)) {
            copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v, k));
          }
        });
    fields = Collections.unmodifiableMap(copy);
  }

  /** A fingerprint that matches nothing: the run did not record its machine. */
  public static Fingerprint unknown() {
    return new Fingerprint(Map.of());
  }

  /** Whether nothing is known about the machine. */
  public boolean isUnknown() {
    return fields.isEmpty();
  }

  /** The value of a field as text, or empty when absent. */
  public String text(String field) {
    Object value = fields.get(field);
    return value == null ? "" : String.valueOf(value);
  }

  /**
   * The fields whose values differ from another fingerprint's (a field present on one side only
   * differs). An unknown fingerprint differs from everything, in the pseudo-field {@code
   * fingerprint}.
   */
  public List<String> differences(Fingerprint other) {
    if (isUnknown() || other.isUnknown()) {
      return List.of("fingerprint");
    }
    Set<String> names = new LinkedHashSet<>(fields.keySet());
    names.addAll(other.fields.keySet());
    List<String> differing = new ArrayList<>();
    for (String name : names) {
      if (!Objects.equals(normalized(fields.get(name)), normalized(other.fields.get(name)))) {
        differing.add(name);
      }
    }
    return differing;
  }

  // JSON numbers come back as Integer or Long depending on size: compare numbers by value.
  private static Object normalized(Object value) {
    if (value instanceof Number n && !(value instanceof Double || value instanceof Float)) {
      return n.longValue();
    }
    return value;
  }
}
