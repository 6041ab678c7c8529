package io.dataflare.conformance.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dataflare.conformance.fixtures.ChildJvm;
import io.dataflare.conformance.fixtures.Corpus;
import io.dataflare.conformance.fixtures.ExitProbe;
import io.dataflare.conformance.fixtures.hostile.ExitingFilter;
import io.dataflare.conformance.fixtures.hostile.HaltingFilter;
import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.PluginException;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.PluginRuntime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Java plugin that can end the JVM is refused at load, before any of its code runs, however the
 * runtime gets it; the JVM (and with it the test run and the build) keeps running.
 */
class SystemExitTests {
  private final PluginRuntime runtime = PluginRuntime.builder().build();

  @AfterEach
  void close() {
    runtime.close();
  }

  @Test
  void fixtureReallyEndsTheJvmWhenCalledWithoutTheRuntime() throws Exception {
    Process child = ChildJvm.start(ExitProbe.class, "direct");

    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(3);
    assertThat(output(child)).doesNotContain("still running");
  }

  @Test
  void jvmLoadingItThroughTheRuntimeGetsTheRefusalAndKeepsRunning() throws Exception {
    Process child = ChildJvm.start(ExitProbe.class, "runtime");

    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = output(child);
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output)
        .contains(
            "POLICY_VIOLATION in plugin [calls-system-exit] at the batch: class"
                + " [io.dataflare.conformance.fixtures.hostile.ExitingFilter] calls"
                + " java.lang.System.exit")
        .endsWith("still running\n");
  }

  @Test
  void pluginMadeByASupplierIsRefusedAtItsFirstInstance() {
    PluginManifest manifest =
        PluginManifest.builder("calls-system-exit", PluginType.FILTER).build();

    PluginException refusal =
        catchThrowableOfType(
            PluginException.class, () -> runtime.load(manifest, ExitingFilter::new));

    assertThat(refusal.kind()).isEqualTo(FailureKind.POLICY_VIOLATION);
    assertThat(refusal.failure().detail())
        .startsWith(
            "class [io.dataflare.conformance.fixtures.hostile.ExitingFilter] calls"
                + " java.lang.System.exit, which would end the JVM");
  }

  @Test
  void haltReachedThroughAHelperClassAndAMethodReferenceIsFoundToo() {
    PluginManifest manifest =
        PluginManifest.builder("halts", PluginType.FILTER)
            .className(HaltingFilter.class.getName())
            .build();

    PluginException refusal =
        catchThrowableOfType(PluginException.class, () -> runtime.load(manifest));

    assertThat(refusal.kind()).isEqualTo(FailureKind.POLICY_VIOLATION);
    assertThat(refusal.failure().detail())
        .startsWith(
            "class [io.dataflare.conformance.fixtures.hostile.Shutdown] calls"
                + " java.lang.Runtime.halt");
  }

  @Test
  void wellBehavedPluginFromTheSameDirectoryStillLoads() {
    assertThat(runtime.load(Corpus.NOT_THREAD_SAFE.manifest()).name()).isEqualTo("not-thread-safe");
  }

  private static String output(Process child) throws IOException {
    return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
