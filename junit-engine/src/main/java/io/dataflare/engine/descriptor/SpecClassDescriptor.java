package io.dataflare.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Set;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;

/** A Java spec class: the container of its {@code @PluginSpec} methods. */
@API(status = INTERNAL, since = "0.1")
public final class SpecClassDescriptor extends SpecNode {
  private final Class<?> specClass;

  public SpecClassDescriptor(UniqueId uniqueId, Class<?> specClass) {
    super(uniqueId, specClass.getSimpleName(), ClassSource.from(specClass), Set.of());
    this.specClass = specClass;
  }

  public Class<?> specClass() {
    return specClass;
  }

  @Override
  public String getLegacyReportingName() {
    return specClass.getName();
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }
}
