package io.dataflare.quality.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.Backend;
import io.dataflare.quality.Check;
import io.dataflare.quality.evidence.DocumentationFacts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentationChecksTests {

  private static DocumentationFacts readme(List<String> headings, String text) {
    return new DocumentationFacts(
        "README.md", headings, text, null, List.of(), List.of(), List.of(), List.of());
  }

  private static DocumentationFacts changelog(String... headings) {
    return new DocumentationFacts(
        null, List.of(), "", "CHANGELOG.md", List.of(headings), List.of(), List.of(), List.of());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Usage|Configuration|4",
        "Getting started|Config|4",
        "How to use it|Limits|2",
        "Design|Configuring the filter|2",
        "Design|Limits|0"
      })
  void theReadmeEarnsTwoPointsForUsageAndTwoForConfiguration(String a, String b, int points) {
    assertThat(DocumentationChecks.readme(readme(List.of(a, b), "")).points()).isEqualTo(points);
  }

  @Test
  void withoutAReadmeTheHintSaysWhatToWrite() {
    DocumentationFacts none =
        new DocumentationFacts(
            null, List.of(), "", null, List.of(), List.of(), List.of(), List.of());

    assertThat(DocumentationChecks.readme(none).hint())
        .isEqualTo("Add a README.md with a \"## Usage\" and a \"## Configuration\" section.");
  }

  @Test
  void aConfigKeyIsDescribedWhenTheReadmeNamesItAsAWordOfItsOwn() {
    Check check =
        DocumentationChecks.configKeys(
            readme(List.of(), "| `needle` | the text |\nmax_needles: how many"),
            List.of("needle", "max", "mode"));

    assertThat(check.points()).isEqualTo(1); // 4 * 1/3
    assertThat(check.evidence()).containsEntry("undescribed", List.of("max", "mode"));
    assertThat(check.hint()).startsWith("Describe [`max`, `mode`] in README.md");
  }

  @Test
  void configKeysDoNotApplyWithoutConfig() {
    assertThat(DocumentationChecks.configKeys(readme(List.of(), ""), List.of()).applicable())
        .isFalse();
  }

  @Test
  void javadocEarnsTheShareOfDocumentedPublicTypes() {
    DocumentationFacts facts =
        new DocumentationFacts(
            null,
            List.of(),
            "",
            null,
            List.of(),
            List.of("a/A", "a/B", "a/C", "a/D"),
            List.of("a/D"),
            List.of());

    Check check = DocumentationChecks.javadoc(facts);

    assertThat(check.points()).isEqualTo(3); // 5 * 3/4
    assertThat(check.hint()).contains("a/D");
  }

  @Test
  void javadocIsAJavaCheck() {
    assertThat(DocumentationChecks.all(Backend.WASM, readme(List.of(), ""), List.of(), "1.0", 1))
        .extracting(Check::id)
        .doesNotContain("docs.javadoc");
  }

  @Test
  void anExamplesDirectoryIsARunnableExampleToo() {
    DocumentationFacts facts =
        new DocumentationFacts(
            null, List.of(), "", null, List.of(), List.of(), List.of(), List.of("run.sh"));

    assertThat(DocumentationChecks.example(facts, 0).points()).isEqualTo(3);
    assertThat(DocumentationChecks.example(readme(List.of(), ""), 0).points()).isZero();
    assertThat(DocumentationChecks.example(readme(List.of(), ""), 2).points()).isEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.3.0|4",
        "[0.3.0] - 2025-01-15|4",
        "v0.3.0|4",
        "0.3.01|0",
        "10.3.0|0",
        "Unreleased|0"
      })
  void theChangelogNeedsAHeadingWithTheVersion(String heading, int points) {
    assertThat(DocumentationChecks.changelog(changelog(heading), "0.3.0").points())
        .isEqualTo(points);
  }
}
