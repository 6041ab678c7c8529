package io.dataflare.quality.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.fixtures.FixtureProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectDocumentationTests {
  @TempDir Path temp;

  @Test
  void readsTheReadmeChangelogAndPublicTypesOfAProject() {
    Path project = FixtureProjects.resource("projects/keyword-filter");

    DocumentationFacts facts =
        ProjectDocumentation.read(project, List.of(project.resolve("src/main/java")));

    assertThat(facts.readme()).isEqualTo("README.md");
    assertThat(facts.readmeHeadings()).containsExactly("keyword-filter", "Usage", "Configuration");
    assertThat(facts.changelogHeadings()).containsExactly("Changelog", "1.2.0", "1.1.0");
    assertThat(facts.publicTypes()).containsExactly("com/example/keyword/KeywordFilter");
    assertThat(facts.undocumentedTypes()).isEmpty();
    assertThat(facts.examples()).isEmpty();
  }

  @Test
  void headingsAreAtxOrSetextAndNeverInsideCodeBlocks() {
    assertThat(
            ProjectDocumentation.headings(
                """
                Title
                =====
                ## Usage ##
                ```sh
                # not a heading
                ```
                Configuration
                -------------
                #not a heading either
                """))
        .containsExactly("Title", "Usage", "Configuration");
  }

  @Test
  void findsExamplesAndMissingFiles() throws Exception {
    Files.createDirectories(temp.resolve("examples/pipeline"));
    Files.writeString(temp.resolve("examples/pipeline/run.sh"), "echo");

    DocumentationFacts facts = ProjectDocumentation.read(temp, List.of(temp.resolve("src")));

    assertThat(facts.readme()).isNull();
    assertThat(facts.changelog()).isNull();
    assertThat(facts.examples()).containsExactly("pipeline/run.sh");
  }
}
