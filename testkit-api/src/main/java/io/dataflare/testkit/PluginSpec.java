package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks a method that returns plugin specs, which the {@code dataflare} test engine runs.
 *
 * <p>The method takes no parameters and returns a {@link PluginTestCase}, a {@link
 * PluginBenchmark}, a {@link PluginTestSuite}, or a {@code Stream}, {@code Collection}, {@code
 * Iterable} or array of them. It may be static; otherwise its class needs a no-argument
 * constructor. Bare cases and benchmarks run against the plugin named by {@link SpecPlugin} on the
 * class; a suite carries its own plugin. IDEs show a run gutter on these methods.
 *
 * <pre>{@code
 * @SpecPlugin("plugin.toml")
 * class LogFilterSpecs {
 *   @PluginSpec
 *   PluginTestCase dropsDebugLines() {
 *     return PluginTestCase.builder("drops-debug-lines")
 *         .withInput(Records.text("debug: x"))
 *         .expecting(Expectations.dropped())
 *         .build();
 *   }
 * }
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Testable
public @interface PluginSpec {}
