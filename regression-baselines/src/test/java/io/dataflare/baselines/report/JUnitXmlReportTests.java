package io.dataflare.baselines.report;

import static io.dataflare.baselines.fixtures.GateResults.BROKEN_COUNT;
import static io.dataflare.baselines.fixtures.GateResults.FEW_FORKS;
import static io.dataflare.baselines.fixtures.GateResults.GONE;
import static io.dataflare.baselines.fixtures.GateResults.MORE_WORK;
import static io.dataflare.baselines.fixtures.GateResults.SLOWER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.baselines.fixtures.GateResults;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlReportTests {
  private final Document xml = parse(JUnitXmlReport.render(GateResults.mixed()));

  @Test
  void suiteCountsMatchTheResult() {
    Element suite = xml.getDocumentElement();

    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("name")).isEqualTo("dataflare.regression-gate");
    assertThat(suite.getAttribute("tests")).isEqualTo("8");
    assertThat(suite.getAttribute("failures")).isEqualTo("2");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(8);
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(xml.getElementsByTagName("error").getLength()).isEqualTo(1);
    assertThat(xml.getElementsByTagName("skipped").getLength()).isEqualTo(1);
  }

  @Test
  void regressionIsAFailureWithTheExplanation() {
    Element failure = child(testcase(SLOWER), "failure");

    assertThat(failure.getAttribute("type")).isEqualTo("regression");
    assertThat(failure.getAttribute("message"))
        .startsWith("Benchmark [" + SLOWER + "] (error-filter 1.2.0) regressed: wall-clock +20.0%")
        .contains("mvn dataflare:update-baselines");
    assertThat(failure.getTextContent())
        .contains("noise floor: 2.5% (default), minimum effect: 5.0%");
  }

  @Test
  void benchmarkTestcasesAreNamedByIdAndGroupedByPlugin() {
    Element testcase = testcase(MORE_WORK);

    assertThat(testcase.getAttribute("classname"))
        .isEqualTo("dataflare.regression-gate.error-filter");
    assertThat(child(testcase, "failure").getAttribute("message")).contains("+1.5%");
  }

  @Test
  void frameworkErrorIsAnError() {
    assertThat(child(testcase(BROKEN_COUNT), "error").getAttribute("type"))
        .isEqualTo("framework-error");
  }

  @Test
  void inconclusivePassesWithNotesInSystemOut() {
    Element testcase = testcase(FEW_FORKS);

    assertThat(testcase.getElementsByTagName("failure").getLength()).isZero();
    assertThat(child(testcase, "system-out").getTextContent())
        .contains("inconclusive", "at least 5 per side");
  }

  @Test
  void missingBenchmarkIsSkipped() {
    assertThat(child(testcase(GONE), "skipped").getAttribute("message")).contains("did not run");
  }

  private Element testcase(String name) {
    NodeList cases = xml.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no testcase [" + name + "]");
  }

  private static Element child(Element parent, String tag) {
    NodeList children = parent.getElementsByTagName(tag);
    assertThat(children.getLength())
        .as("<%s> in testcase %s", tag, parent.getAttribute("name"))
        .isEqualTo(1);
    return (Element) children.item(0);
  }

  private static Document parse(String text) {
    try {
      return DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("The JUnit XML does not parse:\n" + text, e);
    }
  }
}
