package io.dataflare.runtime.internal;

import io.dataflare.plugin.FailureKind;

/** A backend's report of a failed call: kind, record index (-1 for the batch) and detail. */
public final class PluginCallException extends Exception {
  private static final long serialVersionUID = 1L;

  private final FailureKind kind;
  private final int recordIndex;

  public PluginCallException(FailureKind kind, int recordIndex, String detail) {
    super(detail);
    this.kind = kind;
    this.recordIndex = recordIndex;
  }

  public PluginCallException(FailureKind kind, int recordIndex, String detail, Throwable cause) {
    super(detail, cause);
    this.kind = kind;
    this.recordIndex = recordIndex;
  }

  public FailureKind kind() {
    return kind;
  }

  public int recordIndex() {
    return recordIndex;
  }
}
