package io.dataflare.testkit.properties.internal.contracts;

/** A contract does not hold for one input; the message says how, with both sides shown. */
final class ContractViolation extends AssertionError {
  private static final long serialVersionUID = 1L;

  ContractViolation(String message) {
    super(message);
  }

  /** A violation showing what two runs that should agree gave. */
  static ContractViolation differ(
      String what, String leftName, String left, String rightName, String right) {
    return new ContractViolation(
        what
            + "\n"
            + leftName
            + ":\n  "
            + left.replace("\n", "\n  ")
            + "\n"
            + rightName
            + ":\n  "
            + right.replace("\n", "\n  "));
  }
}
