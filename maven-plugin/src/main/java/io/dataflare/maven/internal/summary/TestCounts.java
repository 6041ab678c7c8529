package io.dataflare.maven.internal.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What Surefire's reports ({@code target/surefire-reports/TEST-*.xml}) say about a project's tests.
 *
 * @param total tests run
 * @param failed tests that failed or erred
 * @param skipped tests skipped
 * @param failedNames the names of the failed tests
 */
public record TestCounts(int total, int failed, int skipped, List<String> failedNames) {

  public TestCounts {
    failedNames = List.copyOf(failedNames);
  }

  /** No report: the tests did not run. */
  public static final TestCounts NONE = new TestCounts(0, 0, 0, List.of());

  public int passed() {
    return total - failed - skipped;
  }

  /** Sums every {@code TEST-*.xml} report in a directory; {@link #NONE} when there is none. */
  public static TestCounts read(Path reportsDirectory) {
    if (!Files.isDirectory(reportsDirectory)) {
      return NONE;
    }
    List<Path> reports;
    try (Stream<Path> files = Files.list(reportsDirectory)) {
      reports =
          files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list test reports in [" + reportsDirectory + "]", e);
    }
    int total = 0;
    int failed = 0;
    int skipped = 0;
    List<String> names = new ArrayList<>();
    for (Path report : reports) {
      NodeList cases = parse(report).getElementsByTagName("testcase");
      for (int i = 0; i < cases.getLength(); i++) {
        Element testCase = (Element) cases.item(i);
        total++;
        if (has(testCase, "failure") || has(testCase, "error")) {
          failed++;
          names.add(testCase.getAttribute("classname") + " > " + testCase.getAttribute("name"));
        } else if (has(testCase, "skipped")) {
          skipped++;
        }
      }
    }
    return new TestCounts(total, failed, skipped, names);
  }

  private static boolean has(Element testCase, String child) {
    return testCase.getElementsByTagName(child).getLength() > 0;
  }

  private static Document parse(Path report) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(report.toFile());
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException(
          "Cannot read the test report [" + report + "]: " + e.getMessage(), e);
    }
  }
}
