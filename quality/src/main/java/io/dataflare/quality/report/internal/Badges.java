package io.dataflare.quality.report.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Set;
import org.apiguardian.api.API;

/** A verdict or status as a coloured badge. */
@API(status = INTERNAL, since = "0.1")
public final class Badges {
  private static final Set<String> GOOD = Set.of("PASS", "PASSED", "IMPROVED", "MET", "OK");
  private static final Set<String> BAD = Set.of("REGRESSED", "ERROR", "FAILED", "MISSED");

  private Badges() {}

  /** A badge whose colour follows the word: green for good, red for bad, amber otherwise. */
  public static String of(String word) {
    String css = GOOD.contains(word) ? "ok" : BAD.contains(word) ? "bad" : "warn";
    return "<span class=\"badge " + css + "\">" + Html.escape(word) + "</span>";
  }
}
