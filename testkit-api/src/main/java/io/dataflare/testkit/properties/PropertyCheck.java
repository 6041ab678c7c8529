package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What must hold for every generated value: returns normally when it holds, throws (an assertion
 * error, any exception) when it does not.
 *
 * @param <T> the type of the values
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface PropertyCheck<T> {
  void check(T value) throws Exception;
}
