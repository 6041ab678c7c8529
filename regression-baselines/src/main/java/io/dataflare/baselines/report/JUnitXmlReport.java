package io.dataflare.baselines.report;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.baselines.gate.BenchmarkVerdict;
import io.dataflare.baselines.gate.GateResult;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apiguardian.api.API;

/**
 * The gate's result as a JUnit XML test suite ({@value #SUITE}), so CI systems show each benchmark
 * as a test: a failing regression is a {@code <failure>} with the explanation, a framework error an
 * {@code <error>}, a benchmark with a reference that did not run is {@code <skipped>}; every other
 * verdict (pass, improved, inconclusive, new, warning) passes, with its notes in {@code
 * <system-out>}.
 */
@API(status = STABLE, since = "0.1")
public final class JUnitXmlReport {

  /** The test suite's name. */
  public static final String SUITE = "dataflare.regression-gate";

  private JUnitXmlReport() {}

  /** Renders a gate result as a JUnit XML document. */
  public static String render(GateResult result) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", SUITE);
      int tests = result.verdicts().size() + result.missingBenchmarks().size();
      xml.writeAttribute("tests", String.valueOf(tests));
      xml.writeAttribute("failures", String.valueOf(result.failures().size()));
      xml.writeAttribute("errors", String.valueOf(result.errors().size()));
      xml.writeAttribute("skipped", String.valueOf(result.missingBenchmarks().size()));
      xml.writeAttribute("time", "0");
      for (BenchmarkVerdict v : result.verdicts()) {
        testcase(xml, v, result.mode());
      }
      for (String id : result.missingBenchmarks()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", SUITE);
        xml.writeAttribute("name", clean(id));
        xml.writeAttribute("time", "0");
        xml.writeEmptyElement("skipped");
        xml.writeAttribute(
            "message", clean("[" + id + "] has a reference but did not run: removed or renamed?"));
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot render the gate result as JUnit XML", e);
    }
    return out + "\n";
  }

  private static void testcase(XMLStreamWriter xml, BenchmarkVerdict v, GateResult.Mode mode)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", v.plugin().isEmpty() ? SUITE : SUITE + "." + clean(v.plugin()));
    xml.writeAttribute("name", clean(v.benchmarkId()));
    xml.writeAttribute("time", "0");
    if (v.failsBuild()) {
      String message = Explanations.failure(v, mode);
      xml.writeCharacters("\n    ");
      xml.writeStartElement("failure");
      xml.writeAttribute("message", clean(message));
      xml.writeAttribute("type", "regression");
      xml.writeCharacters(clean(message + "\n" + Explanations.details(v)));
      xml.writeEndElement();
    } else if (v.isError()) {
      String message = Explanations.error(v);
      xml.writeCharacters("\n    ");
      xml.writeStartElement("error");
      xml.writeAttribute("message", clean(message));
      xml.writeAttribute("type", "framework-error");
      xml.writeCharacters(clean(message + "\n" + Explanations.details(v)));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeStartElement("system-out");
    xml.writeCharacters(clean(Explanations.note(v) + "\n" + Explanations.details(v)));
    xml.writeEndElement();
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  // XML 1.0 cannot carry most control characters, not even escaped.
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean allowed =
                  c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
              out.appendCodePoint(allowed ? c : '?');
            });
    return out.toString();
  }
}
