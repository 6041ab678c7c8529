package io.dataflare.quality.report.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.quality.Category;
import io.dataflare.quality.Check;
import io.dataflare.quality.Gate;
import io.dataflare.quality.QualityResult;
import io.dataflare.quality.internal.Numbers;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The quality section: gates, the points of each category, and every check with its hint. */
@API(status = INTERNAL, since = "0.1")
public final class QualitySection {
  private QualitySection() {}

  /** The score for the page header: {@code 87.5 / 100}, or why there is none. */
  public static String headline(@Nullable QualityResult result) {
    Html html = new Html().raw("<div class=\"score\" id=\"score\">");
    if (result == null) {
      html.element("div", "value", "–").element("div", "of", "no quality score");
    } else if (result.score().isPresent()) {
      html.element("div", "value", Numbers.decimal(result.score().getAsDouble()))
          .element("div", "of", "out of 100 (rules v" + result.rulesVersion() + ")");
    } else {
      html.element("div", "value", "–").element("div", "of", "not scored: a gate failed");
    }
    return html.raw("</div>").toString();
  }

  public static String render(@Nullable QualityResult result) {
    Html html = new Html().raw("<section id=\"quality\"><h2>Quality score</h2>");
    if (result == null) {
      return html.element(
              "p",
              "na",
              "No quality.json: run `mvn verify` (the dataflare plugin's quality goal) to score the"
                  + " plugin.")
          .raw("</section>")
          .toString();
    }
    html.raw("<ul class=\"gates\">");
    for (Gate gate : result.gates()) {
      html.raw("<li>")
          .raw(Badges.of(gate.passed() ? "PASSED" : "FAILED"))
          .raw(" <strong>")
          .text(gate.id())
          .raw("</strong> ")
          .text(gate.reason())
          .raw("</li>");
    }
    html.raw("</ul>");
    if (result.score().isPresent()) {
      html.element(
          "p",
          "sub",
          result.points()
              + " of "
              + result.possible()
              + " possible points, rescaled to 100; checks that do not apply are left out.");
    }
    if (!result.checks().isEmpty()) {
      categories(html, result);
      checks(html, result.checks());
    }
    return html.raw("</section>").toString();
  }

  private static void categories(Html html, QualityResult result) {
    html.raw("<table><thead><tr><th>Category</th><th>Points</th><th></th></tr></thead><tbody>");
    for (Category category : Category.values()) {
      List<Check> checks = result.checks(category).stream().filter(Check::applicable).toList();
      if (checks.isEmpty()) {
        continue;
      }
      int points = checks.stream().mapToInt(Check::points).sum();
      int maximum = checks.stream().mapToInt(Check::maximum).sum();
      html.raw("<tr><td>")
          .text(category.title())
          .raw("</td><td class=\"num\">")
          .text(points + " / " + maximum)
          .raw("</td><td>")
          .raw(meter(points, maximum))
          .raw("</td></tr>");
    }
    html.raw("</tbody></table>");
  }

  private static void checks(Html html, List<Check> checks) {
    html.raw(
        "<div class=\"scroll\"><table id=\"checks\"><thead><tr><th>Check</th><th>Points</th>"
            + "<th></th><th>Evidence</th><th>Next points</th></tr></thead><tbody>");
    for (Check check : checks) {
      html.raw("<tr data-check=\"")
          .text(check.id())
          .raw("\"><td>")
          .text(check.rule().title())
          .element("span", "id", check.id())
          .raw("</td>");
      if (check.applicable()) {
        html.raw("<td class=\"num\">")
            .text(check.points() + " / " + check.maximum())
            .raw("</td><td>")
            .raw(meter(check.points(), check.maximum()))
            .raw("</td>");
      } else {
        html.raw("<td class=\"na\" colspan=\"2\">not applicable</td>");
      }
      html.raw("<td class=\"evidence\">")
          .text(evidence(check.evidence()))
          .raw("</td><td>")
          .text(check.hint())
          .raw("</td></tr>");
    }
    html.raw("</tbody></table></div>");
  }

  private static String meter(int points, int maximum) {
    long width = maximum == 0 ? 0 : Math.round(100.0 * points / maximum);
    return "<div class=\"meter\" title=\""
        + points
        + " of "
        + maximum
        + "\"><span style=\"width:"
        + width
        + "%\"></span></div>";
  }

  private static String evidence(Map<String, Object> evidence) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Object> entry : evidence.entrySet()) {
      String value = String.valueOf(entry.getValue());
      if (value.length() > 80) {
        value = value.substring(0, 77) + "...";
      }
      text.append(text.length() == 0 ? "" : "; ").append(entry.getKey()).append(": ").append(value);
    }
    return text.toString();
  }
}
