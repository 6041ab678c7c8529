package io.dataflare.benchmarks.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs the corpus through the JUnit Platform launcher, as a build tool would. */
public final class EngineRuns {
  private final SpecCorpus corpus;
  private final Launcher launcher = LauncherFactory.create();

  public EngineRuns(SpecCorpus corpus) {
    this.corpus = corpus;
    System.setProperty(HandWrittenFilterTests.MANIFEST, corpus.manifest().toString());
    System.setProperty(HandWrittenFilterTests.COUNT, Integer.toString(corpus.count()));
  }

  /** The {@code dataflare} engine runs the spec file; returns the tests that succeeded. */
  public long specFile() {
    return run(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectFile(corpus.specFile().toFile()))
            .filters(EngineFilter.includeEngines("dataflare"))
            .configurationParameter("dataflare.benchmarks.smoke", "off")
            .build());
  }

  /** Jupiter runs the hand-written tests; returns the tests that succeeded. */
  public long handWritten() {
    return run(
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(HandWrittenFilterTests.class))
            .filters(EngineFilter.includeEngines("junit-jupiter"))
            .build());
  }

  private long run(LauncherDiscoveryRequest request) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    if (summary.getTotalFailureCount() > 0 || summary.getTestsSucceededCount() != corpus.count()) {
      StringBuilder failures = new StringBuilder();
      summary.getFailures().stream()
          .limit(3)
          .forEach(f -> failures.append("\n  ").append(f.getException()));
      throw new IllegalStateException(
          "expected ["
              + corpus.count()
              + "] passing tests but ["
              + summary.getTestsSucceededCount()
              + "] passed and ["
              + summary.getTotalFailureCount()
              + "] failed"
              + failures);
    }
    return summary.getTestsSucceededCount();
  }
}
