package io.dataflare.maven.internal.bundle;

/** The bundle cannot be made: a file it needs is missing or cannot be written. */
public final class BundleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BundleException(String message) {
    super(message);
  }

  public BundleException(String message, Throwable cause) {
    super(message, cause);
  }
}
