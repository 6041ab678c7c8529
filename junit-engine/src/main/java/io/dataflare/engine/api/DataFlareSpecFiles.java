package io.dataflare.engine.api;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks a class whose selection runs every TOML spec file of the project.
 *
 * <p>Build tools start the JUnit Platform only when they find test classes: Surefire, for one,
 * selects each test class it finds with a class selector. A class carrying this annotation turns
 * that class selector into a selection of every spec file under {@code dataflare.specs.directory}
 * (by default {@code src/test/dataflare}, or the {@code [test] test_data} of the project's {@code
 * plugin.toml}), so a project with no Java tests still has its specs run. The class needs no body:
 *
 * <pre>{@code
 * @DataFlareSpecFiles
 * class SpecFilesTest {}
 * }</pre>
 *
 * <p>A class may also carry {@code @PluginSpec} methods; they run as well.
 */
@API(status = STABLE, since = "0.1")
@Documented
@Testable
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DataFlareSpecFiles {

  /**
   * The directory of spec files, relative to the working directory; empty (the default) means the
   * engine's configured directory.
   */
  String value() default "";
}
