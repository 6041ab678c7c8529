package io.dataflare.testkit.spec;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.dataflare.testkit.InvalidSpecException;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.SourceLocation;
import io.dataflare.testkit.spec.internal.BenchmarkReader;
import io.dataflare.testkit.spec.internal.CaseReader;
import io.dataflare.testkit.spec.internal.PluginLocator;
import io.dataflare.testkit.spec.internal.Problems;
import io.dataflare.testkit.spec.internal.PropertiesReader;
import io.dataflare.testkit.spec.internal.SpecKeys;
import io.dataflare.testkit.spec.internal.SpecTable;
import io.dataflare.testkit.spec.internal.TomlLineIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Reads TOML spec files (format: {@code docs/spec-files.md}) into suites. Never throws for a
 * malformed file: every problem comes back in {@link SpecFile#problems()} with file, line, key and
 * fix, and a file with problems yields no suite. The plugin's {@code plugin.toml} is only located
 * here, not parsed, so reading stays cheap.
 */
@API(status = STABLE, since = "0.1")
public final class SpecFileReader {
  private static final TomlMapper TOML = new TomlMapper();

  private SpecFileReader() {}

  /** Reads one spec file; the suite is named after the file, without {@code .toml}. */
  public static SpecFile read(Path specFile) {
    String text;
    try {
      text = Files.readString(specFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return SpecFile.withProblems(
          specFile,
          List.of(
              new SpecProblem(
                  specFile,
                  0,
                  "",
                  "cannot read the file: " + e,
                  "check the path and permissions")));
    }
    JsonNode root;
    try {
      root = TOML.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      int line = location == null ? 0 : Math.max(0, location.getLineNr());
      return SpecFile.withProblems(
          specFile,
          List.of(
              new SpecProblem(
                  specFile,
                  line,
                  "",
                  "TOML syntax error: " + e.getOriginalMessage() + lineText(text, line),
                  "correct the TOML at this line (see https://toml.io)")));
    }
    Problems problems = new Problems(specFile, TomlLineIndex.of(text));
    Optional<PluginTestSuite> suite = suite(specFile, (ObjectNode) root, problems);
    return problems.count() == 0 && suite.isPresent()
        ? SpecFile.of(specFile, suite.get())
        : SpecFile.withProblems(specFile, problems.all());
  }

  private static Optional<PluginTestSuite> suite(Path file, ObjectNode root, Problems problems) {
    SpecTable top = new SpecTable(root, "", SpecKeys.TOP_LEVEL, problems);
    top.checkKeys();
    Optional<PluginSource> plugin = PluginLocator.locate(top, file);
    List<PluginTestCase> cases = tables(top, "case", SpecKeys.CASE, CaseReader::read);
    List<PluginBenchmark> benchmarks =
        tables(top, "benchmark", SpecKeys.BENCHMARK, BenchmarkReader::read);
    uniqueNames(top, "case");
    uniqueNames(top, "benchmark");
    Optional<Map<String, Object>> properties = properties(top, file);
    if (!root.has("case") && !root.has("benchmark") && !root.has("properties")) {
      problems.add(
          "case",
          "spec file has no [[case]] or [[benchmark]]",
          "add a case, e.g. [[case]] with name, input and expect.output");
    }
    if (problems.count() > 0 || plugin.isEmpty()) {
      return Optional.empty();
    }
    PluginTestSuite.Builder suite =
        PluginTestSuite.builder(suiteName(file))
            .withPlugin(plugin.get())
            .withCases(cases)
            .withBenchmarks(benchmarks)
            .withSource(new SourceLocation(file, 0));
    properties.ifPresent(suite::withProperties);
    try {
      return Optional.of(suite.build());
    } catch (InvalidSpecException e) {
      problems.add(e.field(), e.problem(), e.fix());
      return Optional.empty();
    }
  }

  /** The text of a 1-based line, as {@code in [...]}, or nothing when it is out of range. */
  private static String lineText(String text, int line) {
    List<String> lines = text.lines().toList();
    return line >= 1 && line <= lines.size() ? " in [" + lines.get(line - 1).strip() + "]" : "";
  }

  /** The suite name: the file name without {@code .toml}. */
  public static String suiteName(Path specFile) {
    String name = specFile.getFileName().toString();
    return name.endsWith(".toml") ? name.substring(0, name.length() - 5) : name;
  }

  private static <T> List<T> tables(
      SpecTable top, String key, SpecKeys keys, Function<SpecTable, Optional<T>> reader) {
    Optional<JsonNode> array = top.raw(key);
    if (array.isEmpty()) {
      return List.of();
    }
    if (!array.get().isArray()) {
      top.problem(
          key,
          "must be an array of tables but is " + SpecTable.describe(array.get()),
          "write [[" + key + "]] with double brackets before each " + key);
      return List.of();
    }
    List<T> read = new ArrayList<>();
    for (int i = 0; i < array.get().size(); i++) {
      JsonNode element = array.get().get(i);
      String path = TomlLineIndex.element(key, i);
      if (!element.isObject()) {
        top.problems()
            .add(
                path,
                "must be a table but is " + SpecTable.describe(element),
                "write [[" + key + "]] followed by its keys, one per line");
        continue;
      }
      reader
          .apply(new SpecTable((ObjectNode) element, path, keys, top.problems()))
          .ifPresent(read::add);
    }
    return read;
  }

  /** Names must be unique as they name the tests; checked on the raw tables, so indexes match. */
  private static void uniqueNames(SpecTable top, String key) {
    JsonNode array = top.raw(key).filter(JsonNode::isArray).orElse(null);
    if (array == null) {
      return;
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode name = array.get(i).get("name");
      if (name == null || !name.isTextual()) {
        continue;
      }
      Integer earlier = first.putIfAbsent(name.textValue(), i);
      if (earlier != null) {
        String earlierPath = TomlLineIndex.element(key, earlier);
        top.problems()
            .add(
                TomlLineIndex.child(TomlLineIndex.element(key, i), "name"),
                "duplicate "
                    + key
                    + " name ["
                    + name.textValue()
                    + "], first used at line "
                    + top.problems().lineOf(TomlLineIndex.child(earlierPath, "name")),
                "give each " + key + " a distinct name");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Optional<Map<String, Object>> properties(SpecTable top, Path file) {
    Optional<JsonNode> raw = top.raw("properties");
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    if (!raw.get().isObject()) {
      top.problem("properties", "must be a table but is " + SpecTable.describe(raw.get()));
      return Optional.empty();
    }
    PropertiesReader.check(
        new SpecTable((ObjectNode) raw.get(), "properties", SpecKeys.PROPERTIES, top.problems()),
        file);
    return Optional.of(TOML.convertValue(raw.get(), Map.class));
  }
}
