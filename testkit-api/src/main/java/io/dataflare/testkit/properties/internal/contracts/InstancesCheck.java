package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.testkit.properties.RecordShape;

/**
 * A contract checked on one plugin's instances, with records of one shape; closing it closes the
 * instances' runtimes.
 *
 * @param <I> the type of the inputs
 */
abstract class InstancesCheck<I> implements ContractCheck<I> {
  protected final Instances instances;
  protected final RecordShape shape;

  InstancesCheck(Instances instances, RecordShape shape) {
    this.instances = instances;
    this.shape = shape;
  }

  @Override
  public void close() {
    instances.close();
  }
}
