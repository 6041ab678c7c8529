package io.dataflare.quality.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dataflare.quality.fixtures.Chromium;
import io.dataflare.quality.fixtures.FixtureProjects;
import io.dataflare.quality.fixtures.Reports;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report opened in a real browser, headless Chromium (Debian's {@code chromium}): the charts
 * are in the DOM after load and are painted. Skipped, saying so, only when Chromium is absent.
 */
class BrowserRenderingTests {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 3200;

  /** The baselines' bar colour (#8a94a6), used by nothing but the charts. */
  private static final int BASELINE_GREY = 0x8a94a6;

  /** The accent colour (#2f5fb3) of this run's bars. */
  private static final int ACCENT = 0x2f5fb3;

  @TempDir static Path temp;
  private static Path page;
  private static Chromium chromium;

  @BeforeAll
  static void writeTheWasmFixturesReport() {
    Optional<Chromium> found = Chromium.find(temp.resolve("profile"));
    assumeTrue(
        found.isPresent(),
        "Skipped: headless Chromium is not installed (Debian: apt-get install chromium; or set"
            + " CHROMIUM to its path)");
    chromium = found.get();
    page = Reports.of(FixtureProjects.builtWasm(temp)).build().write(temp.resolve("report.html"));
  }

  @Test
  void theChartsAreInTheDomAfterLoad() throws Exception {
    String dom = chromium.dumpDom(page);

    assertThat(count(dom, "<svg class=\"chart\"")).isEqualTo(3);
    assertThat(count(dom, "<circle class=\"fork\"")).isEqualTo(6);
    assertThat(count(dom, "<rect class=\"bar\"")).isGreaterThanOrEqualTo(5); // 4 percentiles + 1
    assertThat(dom).contains("<h1>bang-filter 0.3.0</h1>");
  }

  @Test
  void theChartsArePainted() throws Exception {
    BufferedImage screenshot =
        ImageIO.read(chromium.screenshot(page, temp.resolve("report.png"), WIDTH, HEIGHT).toFile());

    assertThat(screenshot.getWidth()).isEqualTo(WIDTH);
    assertThat(screenshot.getHeight()).isEqualTo(HEIGHT);
    assertThat(pixels(screenshot, BASELINE_GREY)).as("baseline bar pixels").isGreaterThan(300);
    assertThat(pixels(screenshot, ACCENT)).as("accent pixels of bars").isGreaterThan(2000);
  }

  private static int pixels(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          n++;
        }
      }
    }
    return n;
  }

  private static int count(String text, String literal) {
    Matcher matcher = Pattern.compile(Pattern.quote(literal)).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
