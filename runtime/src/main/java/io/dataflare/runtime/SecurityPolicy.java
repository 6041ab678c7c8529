package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What the host lets plugins import. Only allowed host functions are linked; a module importing
 * anything else fails to load with {@code POLICY_VIOLATION}. A plugin gets a host function only
 * when its manifest asks for it under {@code [permissions]} <em>and</em> this policy allows it.
 *
 * @param allowedHostFunctions host functions as {@code module.name}, e.g. {@code dataflare.log}
 * @param wasiAllowed whether WASI preview 1 may be linked (never with files, network or
 *     environment)
 * @param maxMemoryMb the most linear memory any instance may have, whatever its manifest says
 */
@API(status = STABLE, since = "0.1")
public record SecurityPolicy(
    Set<String> allowedHostFunctions, boolean wasiAllowed, int maxMemoryMb) {

  /** The host functions this runtime provides: {@code dataflare.log}. */
  public static final Set<String> PROVIDED_HOST_FUNCTIONS = Set.of("dataflare.log");

  public SecurityPolicy {
    allowedHostFunctions = Set.copyOf(allowedHostFunctions);
    for (String function : allowedHostFunctions) {
      if (!PROVIDED_HOST_FUNCTIONS.contains(function)) {
        throw new IllegalArgumentException(
            "Host function ["
                + function
                + "] is not provided by this runtime: allow one of "
                + PROVIDED_HOST_FUNCTIONS);
      }
    }
    if (maxMemoryMb < 1 || maxMemoryMb > 4096) {
      throw new IllegalArgumentException(
          "maxMemoryMb must be between 1 and 4096 but was [" + maxMemoryMb + "]");
    }
  }

  /** The default: {@code dataflare.log} allowed, WASI allowed on request, at most 1 GiB. */
  public static SecurityPolicy defaults() {
    return new SecurityPolicy(PROVIDED_HOST_FUNCTIONS, true, 1024);
  }

  /** Nothing may be imported. */
  public static SecurityPolicy strict() {
    return new SecurityPolicy(Set.of(), false, 1024);
  }

  public SecurityPolicy withWasiAllowed(boolean allowed) {
    return new SecurityPolicy(allowedHostFunctions, allowed, maxMemoryMb);
  }

  public SecurityPolicy withMaxMemoryMb(int mb) {
    return new SecurityPolicy(allowedHostFunctions, wasiAllowed, mb);
  }

  public SecurityPolicy allowing(String hostFunction) {
    Set<String> functions = new LinkedHashSet<>(allowedHostFunctions);
    functions.add(hostFunction);
    return new SecurityPolicy(functions, wasiAllowed, maxMemoryMb);
  }
}
