package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.testkit.properties.Generator;

/**
 * One contract, ready to check: the inputs it is checked on, and the check, which throws a {@link
 * ContractViolation} (or lets a runtime crash through as one) when the contract does not hold.
 * Holds runtimes: close it.
 *
 * @param <I> the type of the inputs
 */
interface ContractCheck<I> extends AutoCloseable {

  Generator<I> inputs();

  void check(I input);

  @Override
  void close();
}
