package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Evidence that exists but cannot be read (a malformed report, an unreadable execution data file):
 * a broken setup, never a low score. The message names the file, what is wrong and the fix.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class EvidenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EvidenceException(String message) {
    super(message);
  }

  public EvidenceException(String message, Throwable cause) {
    super(message, cause);
  }
}
