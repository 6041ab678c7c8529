package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.evidence.TestCaseResult.Status;
import io.dataflare.quality.internal.Xml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The tests of one build as Surefire reported them ({@code target/surefire-reports/TEST-*.xml}). A
 * test that only failed on an earlier attempt ({@code flakyFailure}) counts as passed, as Surefire
 * counts it.
 *
 * @param directory where the reports were read from
 * @param files how many report files there were
 * @param tests every test, in file and then report order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SurefireResults(Path directory, int files, List<TestCaseResult> tests) {

  public SurefireResults {
    tests = List.copyOf(tests);
  }

  /**
   * Reads every {@code TEST-*.xml} in a directory, sorted by name; a missing directory has none.
   *
   * @throws EvidenceException naming the file when one is not a readable Surefire report
   */
  public static SurefireResults read(Path directory) {
    if (!Files.isDirectory(directory)) {
      return new SurefireResults(directory, 0, List.of());
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files =
          listing
              .filter(f -> f.getFileName().toString().startsWith("TEST-"))
              .filter(f -> f.getFileName().toString().endsWith(".xml"))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new EvidenceException("Cannot list the test reports in [" + directory + "]: " + e, e);
    }
    List<TestCaseResult> tests = new ArrayList<>();
    for (Path file : files) {
      tests.addAll(readFile(file));
    }
    return new SurefireResults(directory, files.size(), tests);
  }

  private static List<TestCaseResult> readFile(Path file) {
    Document document;
    try {
      document = Xml.parse(file);
    } catch (IOException | SAXException e) {
      throw new EvidenceException(
          "Test report ["
              + file
              + "] is not readable XML ("
              + e.getMessage()
              + "); fix: run the tests again (mvn verify) to rewrite it",
          e);
    }
    Element root = document.getDocumentElement();
    String suiteName = root.getAttribute("name");
    NodeList cases = root.getElementsByTagName("testcase");
    List<TestCaseResult> tests = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element test = (Element) cases.item(i);
      String suite = test.hasAttribute("classname") ? test.getAttribute("classname") : suiteName;
      tests.add(
          new TestCaseResult(
              suite, test.getAttribute("name"), status(test), seconds(test), message(test)));
    }
    return tests;
  }

  private static Status status(Element test) {
    if (child(test, "failure") != null) {
      return Status.FAILED;
    }
    if (child(test, "error") != null) {
      return Status.ERROR;
    }
    return child(test, "skipped") != null ? Status.SKIPPED : Status.PASSED;
  }

  private static @Nullable String message(Element test) {
    for (String tag : List.of("failure", "error", "skipped")) {
      Element problem = child(test, tag);
      if (problem != null) {
        String message = problem.getAttribute("message");
        if (message.isBlank()) {
          message = problem.getTextContent().strip().lines().findFirst().orElse("");
        }
        return message.isBlank() ? tag : message;
      }
    }
    return null;
  }

  private static double seconds(Element test) {
    try {
      return Double.parseDouble(test.getAttribute("time").replace(",", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static @Nullable Element child(Element parent, String tag) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(tag)) {
        return element;
      }
    }
    return null;
  }

  /** How many tests ran or were skipped. */
  public int total() {
    return tests.size();
  }

  /** How many failed or ended in an error. */
  public int broken() {
    return (int) tests.stream().filter(TestCaseResult::broken).count();
  }

  /** How many were skipped. */
  public int skipped() {
    return (int) tests.stream().filter(t -> t.status() == Status.SKIPPED).count();
  }

  /** How many passed. */
  public int passed() {
    return (int) tests.stream().filter(t -> t.status() == Status.PASSED).count();
  }

  /** The tests of one suite (class name). */
  public List<TestCaseResult> inSuite(String suite) {
    return tests.stream().filter(t -> t.suite().equals(suite)).toList();
  }
}
