package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The plugin that a spec class's bare cases and benchmarks test: the path of its {@code
 * plugin.toml}, relative to the working directory (the project's base directory under Surefire).
 */
@API(status = STABLE, since = "0.1")
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface SpecPlugin {
  /** Path of the {@code plugin.toml}, e.g. {@code "plugin.toml"}. */
  String value();
}
