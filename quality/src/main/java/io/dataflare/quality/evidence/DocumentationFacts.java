package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a plugin project documents.
 *
 * @param readme the README's file name, or null when there is none
 * @param readmeHeadings the README's Markdown headings, in order (code blocks left out)
 * @param readmeText the README's text, without its fenced code blocks' fences
 * @param changelog the changelog's file name, or null when there is none
 * @param changelogHeadings the changelog's headings, in order
 * @param publicTypes the public top-level types in the source directories, as {@code
 *     path/Name.java}
 * @param undocumentedTypes those without a javadoc comment
 * @param examples the files under an {@code examples/} directory, relative to it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DocumentationFacts(
    @Nullable String readme,
    List<String> readmeHeadings,
    String readmeText,
    @Nullable String changelog,
    List<String> changelogHeadings,
    List<String> publicTypes,
    List<String> undocumentedTypes,
    List<String> examples) {

  public DocumentationFacts {
    readmeHeadings = List.copyOf(readmeHeadings);
    changelogHeadings = List.copyOf(changelogHeadings);
    publicTypes = List.copyOf(publicTypes);
    undocumentedTypes = List.copyOf(undocumentedTypes);
    examples = List.copyOf(examples);
  }
}
