package io.dataflare.runtime.wasm;

/**
 * Thrown inside a host function when the guest broke the ABI (a pointer outside memory), to unwind
 * the call; the instance turns it into {@code ABI_VIOLATION}.
 */
final class GuestViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  GuestViolation(String detail) {
    super(detail, null, false, false);
  }
}
