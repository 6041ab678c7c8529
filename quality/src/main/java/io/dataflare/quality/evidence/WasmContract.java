package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A WASM plugin's module checked without running it: against ABI 1 and against the permissions its
 * {@code plugin.toml} asks for.
 *
 * @param contractFindings ABI problems: exports, signatures, ABI version, memory
 * @param permissionFindings imports that are not permitted, and permissions granted but not used
 * @param imports every import of the module, as {@code module.name}
 * @param grants what {@code [permissions]} asks for ({@code wasi} for WASI)
 * @param unusedGrants the grants no import uses
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WasmContract(
    List<StaticFinding> contractFindings,
    List<StaticFinding> permissionFindings,
    List<String> imports,
    List<String> grants,
    List<String> unusedGrants) {

  public WasmContract {
    contractFindings = List.copyOf(contractFindings);
    permissionFindings = List.copyOf(permissionFindings);
    imports = List.copyOf(imports);
    grants = List.copyOf(grants);
    unusedGrants = List.copyOf(unusedGrants);
  }

  /** Every finding, contract first. */
  public List<StaticFinding> findings() {
    return java.util.stream.Stream.concat(contractFindings.stream(), permissionFindings.stream())
        .toList();
  }
}
