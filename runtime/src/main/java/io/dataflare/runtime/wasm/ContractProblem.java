package io.dataflare.runtime.wasm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.plugin.FailureKind;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One way a WASM module breaks the ABI or the permissions it was given, found without running it.
 *
 * @param kind the failure a load reports for it: {@code INVALID_MODULE}, {@code POLICY_VIOLATION}
 *     or {@code MEMORY_LIMIT}
 * @param subject what is wrong: an export ({@code dataflare_filter}), an import ({@code
 *     env.abort}), {@code memory} or {@code module}
 * @param problem what was found, with the values in brackets
 * @param fix what the plugin author should do
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ContractProblem(FailureKind kind, String subject, String problem, String fix) {

  public ContractProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  /** One line: the problem and its fix. */
  public String message() {
    return problem + " (to fix: " + fix + ")";
  }

  @Override
  public String toString() {
    return kind + " [" + subject + "]: " + message();
  }
}
