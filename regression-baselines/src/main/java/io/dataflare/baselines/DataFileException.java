package io.dataflare.baselines;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * A file the gate reads (a baseline, {@code benchmarks.json}, {@code fingerprint.json}) is missing
 * or broken. The message names the file, the line when known, the problem and the fix. A build tool
 * reports it as an error (a broken setup), never as a regression.
 */
@API(status = STABLE, since = "0.1")
public final class DataFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final String problem;
  private final String fix;

  /**
   * @param kind what the file is, e.g. {@code Baseline file}
   * @param file the file
   * @param line 1-based line, or 0 when the problem has no line (a missing field)
   * @param problem what is wrong
   * @param fix what to do about it
   */
  public DataFileException(String kind, Path file, int line, String problem, String fix) {
    super(kind + " [" + file + (line > 0 ? ":" + line : "") + "]: " + problem + ". " + fix);
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.fix = fix;
  }

  public Path file() {
    return file;
  }

  /** 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  public String problem() {
    return problem;
  }

  public String fix() {
    return fix;
  }
}
