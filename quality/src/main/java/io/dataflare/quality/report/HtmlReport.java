package io.dataflare.quality.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.QualityResult;
import io.dataflare.quality.evidence.BenchmarkEvidence;
import io.dataflare.quality.evidence.SurefireResults;
import io.dataflare.quality.internal.AtomicWrite;
import io.dataflare.quality.report.internal.BenchmarksSection;
import io.dataflare.quality.report.internal.Html;
import io.dataflare.quality.report.internal.QualitySection;
import io.dataflare.quality.report.internal.Styles;
import io.dataflare.quality.report.internal.TestsSection;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One plugin's report as one self-contained HTML page: the quality score with every check's points
 * and hint, the test results, and the benchmarks with charts (inline SVG: throughput with its
 * interval against the baseline, latency percentiles, instructions per record) and the gate's
 * verdicts with their reasons. No script, no style sheet, font or image from elsewhere: the page
 * opens offline and can be attached to a build.
 *
 * <pre>{@code
 * HtmlReport.builder("error-filter", "0.1.0")
 *     .withQuality(QualityJson.read(dir.resolve("quality.json")))
 *     .withTests(SurefireResults.read(surefireReports))
 *     .withBenchmarks(BenchmarkResults.read(dir, baselines))
 *     .build()
 *     .write(dir.resolve("report.html"));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HtmlReport {
  /** The file name in {@code target/dataflare}. */
  public static final String FILE_NAME = "report.html";

  private final String plugin;
  private final String version;
  private final @Nullable QualityResult quality;
  private final SurefireResults tests;
  private final BenchmarkEvidence benchmarks;

  private HtmlReport(Builder builder) {
    this.plugin = builder.plugin;
    this.version = builder.version;
    this.quality = builder.quality;
    this.tests = builder.tests;
    this.benchmarks = builder.benchmarks;
  }

  /** A report on this plugin; everything else is optional and shown as missing when absent. */
  public static Builder builder(String plugin, String version) {
    return new Builder(plugin, version);
  }

  /** The page. */
  public String render() {
    String title = plugin + " " + version + " – DataFlare plugin report";
    Html html = new Html();
    html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .raw("<title>")
        .text(title)
        .raw("</title><style>")
        .raw(Styles.CSS)
        .raw("</style></head><body><main><header class=\"top\"><div>")
        .element("h1", "", plugin + " " + version)
        .element(
            "p",
            "sub",
            "DataFlare plugin report"
                + (quality != null && quality.backend() != null
                    ? " · " + quality.backend().id() + " plugin"
                    : ""))
        .raw(
            "<nav><a href=\"#quality\">Quality</a><a href=\"#tests\">Tests</a>"
                + "<a href=\"#benchmarks\">Benchmarks</a></nav></div>")
        .raw(QualitySection.headline(quality))
        .raw("</header>")
        .raw(QualitySection.render(quality))
        .raw(TestsSection.render(tests))
        .raw(BenchmarksSection.render(benchmarks))
        .raw("<footer>Written by the DataFlare TestKit (dataflare:report). The page is")
        .raw(" self-contained: it loads nothing from the network.</footer>")
        .raw("</main></body></html>\n");
    return html.toString();
  }

  /** Writes the page atomically and returns the file. */
  public Path write(Path file) {
    return AtomicWrite.text(file, render());
  }

  /** Configures an {@link HtmlReport}. */
  public static final class Builder {
    private final String plugin;
    private final String version;
    private @Nullable QualityResult quality;
    private SurefireResults tests =
        new SurefireResults(Path.of("target/surefire-reports"), 0, java.util.List.of());
    private BenchmarkEvidence benchmarks = BenchmarkEvidence.none();

    private Builder(String plugin, String version) {
      this.plugin = Objects.requireNonNull(plugin, "plugin");
      this.version = Objects.requireNonNull(version, "version");
    }

    /** The score; null shows "no quality score". */
    public Builder withQuality(@Nullable QualityResult quality) {
      this.quality = quality;
      return this;
    }

    public Builder withTests(SurefireResults tests) {
      this.tests = Objects.requireNonNull(tests, "tests");
      return this;
    }

    public Builder withBenchmarks(BenchmarkEvidence benchmarks) {
      this.benchmarks = Objects.requireNonNull(benchmarks, "benchmarks");
      return this;
    }

    public HtmlReport build() {
      return new HtmlReport(this);
    }
  }
}
