package io.dataflare.testkit.properties.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A try could not make a value (a filter found none, or the choices ran out): the try is discarded,
 * not failed.
 */
@API(status = INTERNAL, since = "0.1")
public final class Unsatisfiable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Unsatisfiable() {
    super("no value could be made from these choices", null, false, false);
  }
}
