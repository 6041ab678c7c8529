package io.dataflare.quality.report.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.quality.evidence.SurefireResults;
import io.dataflare.quality.evidence.TestCaseResult;
import io.dataflare.quality.internal.Numbers;
import java.util.Locale;
import org.apiguardian.api.API;

/** The test results section, from Surefire's reports. */
@API(status = INTERNAL, since = "0.1")
public final class TestsSection {
  private TestsSection() {}

  public static String render(SurefireResults tests) {
    Html html = new Html().raw("<section id=\"tests\"><h2>Test results</h2>");
    if (tests.total() == 0) {
      return html.element("p", "na", "No test results in Surefire's reports: run `mvn verify`.")
          .raw("</section>")
          .toString();
    }
    html.element(
        "p",
        "sub",
        Numbers.count(tests.total(), "test", "tests")
            + ": "
            + tests.passed()
            + " passed, "
            + tests.broken()
            + " failed, "
            + tests.skipped()
            + " skipped.");
    html.raw(
        "<div class=\"scroll\"><table><thead><tr><th>Suite</th><th>Test</th><th>Result</th>"
            + "<th>Time</th><th>Message</th></tr></thead><tbody>");
    for (TestCaseResult test : tests.tests()) {
      html.raw("<tr><td>")
          .text(test.suite())
          .raw("</td><td>")
          .text(test.name())
          .raw("</td><td>")
          .raw(Badges.of(test.status().name()))
          .raw("</td><td class=\"num\">")
          .text(String.format(Locale.ROOT, "%.3f s", test.seconds()))
          .raw("</td><td>")
          .text(test.message() == null ? "" : test.message())
          .raw("</td></tr>");
    }
    return html.raw("</tbody></table></div></section>").toString();
  }
}
