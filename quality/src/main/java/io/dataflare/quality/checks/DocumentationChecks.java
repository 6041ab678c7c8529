package io.dataflare.quality.checks;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.Backend;
import io.dataflare.quality.Check;
import io.dataflare.quality.CheckRule;
import io.dataflare.quality.QualityRules;
import io.dataflare.quality.evidence.DocumentationFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The documentation category: a README with usage and configuration, every {@code [config]} key
 * described, javadoc on public types (Java), a runnable example, a changelog entry for the version.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DocumentationChecks {
  private static final Pattern USAGE =
      Pattern.compile(
          "(?i)\\b(usage|use|using|getting started|quick ?start|how to|example|examples)\\b");
  private static final Pattern CONFIGURATION = Pattern.compile("(?i)\\bconfig(uration|uring)?\\b");

  private DocumentationChecks() {}

  /** Every check of the category for this backend. */
  public static List<Check> all(
      Backend backend,
      DocumentationFacts docs,
      List<String> configKeys,
      String version,
      int specCases) {
    List<Check> checks = new ArrayList<>();
    checks.add(readme(docs));
    checks.add(configKeys(docs, configKeys));
    if (backend == Backend.JAVA) {
      checks.add(javadoc(docs));
    }
    checks.add(example(docs, specCases));
    checks.add(changelog(docs, version));
    return checks;
  }

  static Check readme(DocumentationFacts docs) {
    CheckRule rule = QualityRules.DOCS_README;
    boolean usage = docs.readmeHeadings().stream().anyMatch(h -> USAGE.matcher(h).find());
    boolean configuration =
        docs.readmeHeadings().stream().anyMatch(h -> CONFIGURATION.matcher(h).find());
    int points = (usage ? rule.maximum() / 2 : 0) + (configuration ? rule.maximum() / 2 : 0);
    String hint;
    if (docs.readme() == null) {
      hint = "Add a README.md with a \"## Usage\" and a \"## Configuration\" section.";
    } else if (!usage) {
      hint = "Add a \"## Usage\" section to " + docs.readme() + ": how to run the plugin.";
    } else if (!configuration) {
      hint =
          "Add a \"## Configuration\" section to "
              + docs.readme()
              + ": its [config] keys and limits.";
    } else {
      hint = "Full points: " + docs.readme() + " explains usage and configuration.";
    }
    return Check.scored(
        rule,
        points,
        Evidence.of("readme", docs.readme() == null ? "none" : docs.readme())
            .and("usageSection", usage)
            .and("configurationSection", configuration)
            .map(),
        hint);
  }

  static Check configKeys(DocumentationFacts docs, List<String> keys) {
    CheckRule rule = QualityRules.DOCS_CONFIG_KEYS;
    if (keys.isEmpty()) {
      return Check.notApplicable(
          rule, Evidence.of("keys", 0).map(), "plugin.toml has no [config] keys to describe.");
    }
    List<String> undescribed = keys.stream().filter(key -> !named(docs.readmeText(), key)).toList();
    int described = keys.size() - undescribed.size();
    String hint =
        undescribed.isEmpty()
            ? "Full points: the README describes every [config] key."
            : "Describe "
                + undescribed.stream().map(k -> "`" + k + "`").toList()
                + " in "
                + (docs.readme() == null ? "a README.md" : docs.readme())
                + ": what it does and its default.";
    return Check.scored(
        rule,
        Grading.share(rule.maximum(), described, keys.size()),
        Evidence.of("keys", keys.size())
            .and("described", described)
            .and("undescribed", undescribed)
            .map(),
        hint);
  }

  /** Whether the text names the key as a word of its own ({@code needle}, not {@code needles}). */
  static boolean named(String text, String key) {
    return Pattern.compile("(?<![\\w-])" + Pattern.quote(key) + "(?![\\w-])").matcher(text).find();
  }

  static Check javadoc(DocumentationFacts docs) {
    CheckRule rule = QualityRules.DOCS_JAVADOC;
    int total = docs.publicTypes().size();
    Evidence evidence =
        Evidence.of("publicTypes", total)
            .and("documented", total - docs.undocumentedTypes().size())
            .and("undocumented", docs.undocumentedTypes());
    if (total == 0) {
      return Check.notApplicable(
          rule, evidence.map(), "The sources declare no public top-level types.");
    }
    int documented = total - docs.undocumentedTypes().size();
    return Check.scored(
        rule,
        Grading.share(rule.maximum(), documented, total),
        evidence.map(),
        docs.undocumentedTypes().isEmpty()
            ? "Full points: every public type has javadoc."
            : "Add a javadoc comment (what it is for, what callers may rely on) to "
                + Grading.firstFew(docs.undocumentedTypes(), 3)
                + ".");
  }

  static Check example(DocumentationFacts docs, int specCases) {
    CheckRule rule = QualityRules.DOCS_EXAMPLE;
    boolean runnable = specCases > 0 || !docs.examples().isEmpty();
    return Check.scored(
        rule,
        runnable ? rule.maximum() : 0,
        Evidence.of("specCases", specCases).and("exampleFiles", docs.examples().size()).map(),
        runnable
            ? "Full points: the spec cases are runnable examples."
            : "Add a spec file with a [[case]] (every build runs it), or an examples/ directory.");
  }

  static Check changelog(DocumentationFacts docs, String version) {
    CheckRule rule = QualityRules.DOCS_CHANGELOG;
    Pattern versionWord = Pattern.compile("(?<![\\w.])v?" + Pattern.quote(version) + "(?![\\w.])");
    boolean entry = docs.changelogHeadings().stream().anyMatch(h -> versionWord.matcher(h).find());
    String hint;
    if (entry) {
      hint = "Full points: " + docs.changelog() + " has an entry for " + version + ".";
    } else if (docs.changelog() == null) {
      hint = "Add a CHANGELOG.md with a \"## " + version + "\" heading and what changed.";
    } else {
      hint = "Add a \"## " + version + "\" heading to " + docs.changelog() + " with what changed.";
    }
    return Check.scored(
        rule,
        entry ? rule.maximum() : 0,
        Evidence.of("changelog", docs.changelog() == null ? "none" : docs.changelog())
            .and("version", version)
            .and("entry", entry)
            .map(),
        hint);
  }
}
