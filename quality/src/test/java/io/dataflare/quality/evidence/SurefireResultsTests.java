package io.dataflare.quality.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.quality.evidence.TestCaseResult.Status;
import io.dataflare.quality.fixtures.FixtureProjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurefireResultsTests {
  @TempDir Path temp;

  @Test
  void readsEveryTestOfSurefiresReports() {
    SurefireResults results =
        SurefireResults.read(FixtureProjects.resource("projects/keyword-filter/surefire-reports"));

    assertThat(results.files()).isEqualTo(1);
    assertThat(results.total()).isEqualTo(7);
    assertThat(results.passed()).isEqualTo(7);
    assertThat(results.tests().get(3))
        .isEqualTo(
            new TestCaseResult(
                "keyword-filter", "fails-on-an-empty-line", Status.PASSED, 0.005, null));
  }

  @Test
  void readsFailuresErrorsSkipsAndFlakyPasses() throws Exception {
    Files.writeString(
        temp.resolve("TEST-suite.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuite name="suite" tests="4" failures="1" errors="1" skipped="1">
          <testcase name="wrong" classname="suite" time="0.1">
            <failure message="expected 1 output but got 0" type="AssertionError">trace</failure>
          </testcase>
          <testcase name="broken" classname="suite" time="0.2"><error type="Boom">line one
        line two</error></testcase>
          <testcase name="later" classname="suite" time="0"><skipped message="disabled"/></testcase>
          <testcase name="flaky" classname="suite" time="1,234.5"><flakyFailure message="once"/></testcase>
        </testsuite>
        """,
        StandardCharsets.UTF_8);

    SurefireResults results = SurefireResults.read(temp);

    assertThat(results.tests())
        .extracting(TestCaseResult::status)
        .containsExactly(Status.FAILED, Status.ERROR, Status.SKIPPED, Status.PASSED);
    assertThat(results.tests())
        .extracting(TestCaseResult::message)
        .containsExactly("expected 1 output but got 0", "line one", "disabled", null);
    assertThat(results.broken()).isEqualTo(2);
    assertThat(results.tests().get(3).seconds()).isEqualTo(1234.5);
  }

  @Test
  void aMissingDirectoryHoldsNoTests() {
    assertThat(SurefireResults.read(temp.resolve("missing")).total()).isZero();
  }

  @Test
  void aMalformedReportIsABrokenSetupNamingTheFile() throws Exception {
    Files.writeString(temp.resolve("TEST-x.xml"), "<testsuite><testcase", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SurefireResults.read(temp))
        .isInstanceOf(EvidenceException.class)
        .hasMessageContaining("TEST-x.xml")
        .hasMessageContaining("fix: run the tests again");
  }

  @Test
  void doesNotResolveExternalEntities() throws Exception {
    Files.writeString(
        temp.resolve("TEST-xxe.xml"),
        """
        <?xml version="1.0"?>
        <!DOCTYPE t [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <testsuite name="s"><testcase name="&secret;" classname="s"/></testsuite>
        """,
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SurefireResults.read(temp)).isInstanceOf(EvidenceException.class);
  }
}
