package io.dataflare.maven.internal;

import io.dataflare.runtime.ManifestProblem;
import io.dataflare.runtime.wasm.ContractProblem;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem the validate goal found, in a manifest or in a WASM module.
 *
 * @param file the {@code plugin.toml} or the {@code .wasm} file
 * @param line 1-based line in a manifest, or 0 when there is none (a module, a missing key)
 * @param subject the manifest key ({@code runtime.max_memory_mb}), or the module's export or import
 *     ({@code dataflare_filter}, {@code env.abort}), {@code memory} or {@code module}
 * @param problem what is wrong, with the values in brackets
 * @param fix what to do about it
 */
public record ValidationProblem(Path file, int line, String subject, String problem, String fix) {

  public ValidationProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(fix, "fix");
  }

  /** A problem of a {@code plugin.toml}. */
  public static ValidationProblem of(Path manifest, ManifestProblem problem) {
    return new ValidationProblem(
        problem.file() == null ? manifest : problem.file(),
        problem.line(),
        problem.key(),
        problem.problem(),
        problem.fix());
  }

  /** A problem of a WASM module against its manifest and the security policy. */
  public static ValidationProblem of(Path module, ContractProblem problem) {
    return new ValidationProblem(
        module, 0, problem.subject(), problem.kind() + ": " + problem.problem(), problem.fix());
  }

  /** One line for the build log: {@code file:line: [subject] problem (fix: ...)}. */
  public String describe(ProjectLayout layout) {
    return layout.display(file)
        + (line > 0 ? ":" + line : "")
        + ": ["
        + subject
        + "] "
        + problem
        + " (fix: "
        + fix
        + ")";
  }
}
