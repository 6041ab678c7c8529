package io.dataflare.runtime.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.ManifestException;
import io.dataflare.runtime.ManifestProblem;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code plugin.toml} into a {@link PluginManifest}: Jackson parses the TOML, a {@link
 * TomlLineIndex} places every problem on its line, and every problem is collected before one {@link
 * ManifestException} is thrown. The format is documented in {@code docs/plugin-toml.md}.
 */
public final class TomlManifestReader {
  /** Known keys per section; {@code build} and {@code config} are free-form. */
  static final Map<String, List<String>> SECTIONS = sections();

  private static final List<String> FREE_FORM = List.of("build", "config");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern VERSION =
      Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
  private static final Pattern CLASS_NAME =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
  private static final int SUPPORTED_API_VERSION = 1;
  private static final TomlMapper MAPPER = new TomlMapper();

  private TomlManifestReader() {}

  private static Map<String, List<String>> sections() {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    sections.put("plugin", List.of("name", "version", "type", "description", "module", "class"));
    sections.put("dataflare", List.of("min_version", "api_version"));
    sections.put("build", List.of());
    sections.put("runtime", List.of("max_memory_mb", "max_execution_time_ms", "batch_size"));
    sections.put("test", List.of("test_data", "benchmark_enabled", "coverage_threshold"));
    sections.put("permissions", List.of("host_functions", "wasi"));
    sections.put("config", List.of());
    return java.util.Collections.unmodifiableMap(sections);
  }

  /**
   * Reads and validates a manifest.
   *
   * @throws ManifestException listing every problem with file, line, key and fix
   */
  public static PluginManifest read(Path file) {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw single(file, "the file is not valid UTF-8", "save plugin.toml as UTF-8");
    } catch (IOException e) {
      throw single(
          file,
          "cannot read the manifest (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
          "check that the path points to a readable plugin.toml");
    }
    return read(file, text);
  }

  /** Reads a manifest from its text; {@code file} is used for messages and relative paths. */
  static PluginManifest read(Path file, String text) {
    TomlLineIndex lines = TomlLineIndex.of(text);
    ManifestProblems problems = new ManifestProblems(file, lines);
    ObjectNode root = parse(text, lines, problems);
    Map<String, TomlTable> tables = tables(root, problems);
    PluginManifest.@Nullable Plugin plugin =
        root.has("plugin") ? plugin(file, tables.get("plugin"), problems) : null;
    PluginManifest.Dataflare dataflare = dataflare(tables.get("dataflare"));
    PluginManifest.Runtime runtime = runtime(tables.get("runtime"));
    PluginManifest.Test test = test(tables.get("test"));
    PluginManifest.Permissions permissions = permissions(tables.get("permissions"), problems);
    Map<String, Object> build = tables.get("build").asMap();
    PluginConfig config = PluginConfig.of(tables.get("config").asMap());
    problems.throwIfAny();
    return new PluginManifest(
        file,
        Objects.requireNonNull(plugin, "plugin"),
        dataflare,
        build,
        runtime,
        test,
        permissions,
        config);
  }

  private static ManifestException single(Path file, String problem, String fix) {
    return new ManifestException(List.of(new ManifestProblem(file, 0, "(file)", problem, fix)));
  }

  private static ObjectNode parse(String text, TomlLineIndex lines, ManifestProblems problems) {
    try {
      return (ObjectNode) MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String message = String.valueOf(e.getOriginalMessage());
      int line = where == null ? 0 : where.getLineNr();
      boolean redefinition = message.contains("Duplicate") || message.contains("redefined");
      if (redefinition && lines.firstDuplicateLine() > 0) {
        line = lines.firstDuplicateLine(); // Jackson places these at the end of the text
      }
      String column = where == null || redefinition ? "" : " column " + where.getColumnNr();
      problems.addAt(
          line,
          "(syntax)",
          "TOML syntax error: " + message + (line > 0 ? " at line " + line + column : ""),
          redefinition
              ? "define each key and each [table] once"
              : "fix the TOML syntax there (see https://toml.io/en/v1.0.0)");
      problems.throwIfAny();
      throw new IllegalStateException("unreachable", e);
    }
  }

  /** Every known section as a table (empty when absent); unknown or mistyped sections reported. */
  private static Map<String, TomlTable> tables(ObjectNode root, ManifestProblems problems) {
    Map<String, TomlTable> tables = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (SECTIONS.containsKey(name) && value.isObject()) {
        tables.put(name, new TomlTable(name, (ObjectNode) value, problems));
      } else if (SECTIONS.containsKey(name)) {
        problems.add(
            name,
            "[" + name + "] must be a table but is " + TomlTable.describe(value),
            "write it as a section header [" + name + "] followed by its keys");
      } else {
        reportUnknownRootKey(name, value, problems);
      }
    }
    if (!tables.containsKey("plugin") && !root.has("plugin")) {
      problems.addAt(
          0,
          "plugin",
          "missing section [plugin]",
          "add [plugin] with name, version and type (and module or class)");
    }
    for (String name : SECTIONS.keySet()) {
      TomlTable table =
          tables.computeIfAbsent(
              name, n -> new TomlTable(n, JsonNodeFactory.instance.objectNode(), problems));
      if (!FREE_FORM.contains(name)) {
        Map<String, List<String>> others = new LinkedHashMap<>(SECTIONS);
        others.remove(name);
        table.rejectUnknownKeys(SECTIONS.get(name), others);
      }
    }
    return tables;
  }

  private static void reportUnknownRootKey(String name, JsonNode value, ManifestProblems problems) {
    if (value.isObject()) {
      Optional<String> closest = ClosestName.among(name, SECTIONS.keySet());
      problems.add(
          name,
          "unknown section ["
              + name
              + "]"
              + closest.map(c -> "; did you mean [" + c + "]?").orElse(""),
          closest
              .map(c -> "rename it to [" + c + "]")
              .orElse(
                  "remove it, or put free-form values under [config]; known sections: "
                      + String.join(", ", SECTIONS.keySet())));
      return;
    }
    String owner = null;
    for (Map.Entry<String, List<String>> section : SECTIONS.entrySet()) {
      if (section.getValue().contains(name)) {
        owner = section.getKey();
        break;
      }
    }
    problems.add(
        name,
        "key ["
            + name
            + "] is outside any section"
            + (owner == null ? "" : "; it belongs in [" + owner + "]"),
        owner == null
            ? "move it under the section it belongs to, or under [config]"
            : "move it below the [" + owner + "] header");
  }

  private static PluginManifest.@Nullable Plugin plugin(
      Path file, TomlTable table, ManifestProblems problems) {
    String name = table.string("name", true, "\"my-filter\"");
    if (name != null && !NAME.matcher(name).matches()) {
      problems.add(
          "plugin.name",
          "plugin name [" + name + "] is not a valid name",
          "use letters, digits, '.', '_' and '-', starting with a letter or digit");
    }
    String version = table.string("version", true, "\"1.0.0\"");
    if (version != null && !VERSION.matcher(version).matches()) {
      problems.add(
          "plugin.version",
          "version [" + version + "] is not a semantic version",
          "write it as MAJOR.MINOR.PATCH, e.g. version = \"1.0.0\"");
    }
    PluginType type = pluginType(table.string("type", true, "\"filter\""), problems);
    String description = table.string("description", false, "\"what it does\"");
    String module = table.string("module", false, "\"target/plugin.wasm\"");
    String className = table.string("class", false, "\"com.example.MyFilter\"");
    if (module != null && className != null) {
      problems.add(
          "plugin.class",
          "[plugin] has both module [" + module + "] and class [" + className + "]",
          "keep module for a WASM plugin or class for a Java plugin, not both");
    }
    Path modulePath = module == null ? null : checkModule(file, module, problems);
    if (className != null && !CLASS_NAME.matcher(className).matches()) {
      problems.add(
          "plugin.class",
          "class [" + className + "] is not a Java class name",
          "give the fully qualified name, e.g. class = \"com.example.MyFilter\"");
    }
    if (name == null || version == null || type == null) {
      return null;
    }
    return new PluginManifest.Plugin(
        name, version, type, description == null ? "" : description, modulePath, className);
  }

  private static @Nullable PluginType pluginType(@Nullable String type, ManifestProblems problems) {
    if (type == null) {
      return null;
    }
    try {
      return PluginType.fromManifestName(type);
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      Arrays.stream(PluginType.values()).forEach(t -> names.add(t.manifestName()));
      Optional<String> closest = ClosestName.among(type, names);
      problems.add(
          "plugin.type",
          "unknown plugin type ["
              + type
              + "]"
              + closest.map(c -> "; did you mean [" + c + "]?").orElse(""),
          "use one of " + String.join(", ", names));
      return null;
    }
  }

  private static @Nullable Path checkModule(Path file, String module, ManifestProblems problems) {
    Path relative;
    try {
      relative = Path.of(module);
    } catch (java.nio.file.InvalidPathException e) {
      problems.add(
          "plugin.module", "module [" + module + "] is not a valid path", "give a file path");
      return null;
    }
    Path directory = file.toAbsolutePath().getParent();
    Path resolved = directory == null ? relative : directory.resolve(relative).normalize();
    if (!Files.isRegularFile(resolved)) {
      problems.add(
          "plugin.module",
          "module file [" + module + "] does not exist (looked for " + resolved + ")",
          "build the module first, or correct the path (it resolves against the manifest's"
              + " directory)");
    }
    return relative;
  }

  private static PluginManifest.Dataflare dataflare(TomlTable table) {
    String minVersion = table.string("min_version", false, "\"0.1.0\"");
    if (minVersion != null && !VERSION.matcher(minVersion).matches()) {
      table
          .problems()
          .add(
              "dataflare.min_version",
              "min_version [" + minVersion + "] is not a semantic version",
              "write it as MAJOR.MINOR.PATCH, e.g. min_version = \"0.1.0\"");
      minVersion = null;
    }
    int apiVersion = apiVersion(table);
    return new PluginManifest.Dataflare(
        minVersion == null ? PluginManifest.Dataflare.DEFAULT.minVersion() : minVersion,
        apiVersion);
  }

  /** The ABI version: an integer, or a string such as the seed's {@code "1.0"}. */
  private static int apiVersion(TomlTable table) {
    JsonNode value = table.raw("api_version");
    if (value == null) {
      return PluginManifest.Dataflare.DEFAULT.apiVersion();
    }
    String text =
        value.isTextual() ? value.textValue() : value.isIntegralNumber() ? value.asText() : null;
    String fix = "set api_version = " + SUPPORTED_API_VERSION;
    if (text == null || !text.matches("\\d{1,9}(\\.0)?")) {
      table
          .problems()
          .add(
              "dataflare.api_version",
              "api_version must be an integer such as "
                  + SUPPORTED_API_VERSION
                  + " but is "
                  + TomlTable.describe(value)
                  + " ["
                  + value
                  + "]",
              fix);
      return SUPPORTED_API_VERSION;
    }
    int major = Integer.parseInt(text.replace(".0", ""));
    if (major != SUPPORTED_API_VERSION) {
      table
          .problems()
          .add(
              "dataflare.api_version",
              "api_version ["
                  + value
                  + "] is not supported: this runtime speaks version "
                  + SUPPORTED_API_VERSION,
              fix + " and build the plugin against ABI version " + SUPPORTED_API_VERSION);
    }
    return SUPPORTED_API_VERSION;
  }

  private static PluginManifest.Runtime runtime(TomlTable table) {
    PluginManifest.Runtime defaults = PluginManifest.Runtime.DEFAULT;
    int memory = (int) table.integer("max_memory_mb", 1, 4096, defaults.maxMemoryMb(), "MiB");
    long time =
        table.integer(
            "max_execution_time_ms", 1, 3_600_000, defaults.maxExecutionTimeMs(), "milliseconds");
    int batch = (int) table.integer("batch_size", 1, 1_000_000, defaults.batchSize(), "records");
    return new PluginManifest.Runtime(memory, time, batch);
  }

  private static PluginManifest.Test test(TomlTable table) {
    PluginManifest.Test defaults = PluginManifest.Test.DEFAULT;
    String testData = table.string("test_data", false, "\"src/test/dataflare\"");
    boolean benchmarks = table.bool("benchmark_enabled", defaults.benchmarkEnabled());
    double coverage = table.number("coverage_threshold", 0, 100, defaults.coverageThreshold());
    return new PluginManifest.Test(
        testData == null ? defaults.testData() : testData, benchmarks, coverage);
  }

  private static PluginManifest.Permissions permissions(
      TomlTable table, ManifestProblems problems) {
    List<String> functions = table.strings("host_functions", "[\"dataflare.log\"]");
    List<String> known = new ArrayList<>(SecurityPolicy.PROVIDED_HOST_FUNCTIONS);
    for (String function : functions) {
      if (!known.contains(function)) {
        Optional<String> closest = ClosestName.among(function, known);
        problems.add(
            "permissions.host_functions",
            "unknown host function ["
                + function
                + "]"
                + closest.map(c -> "; did you mean [" + c + "]?").orElse(""),
            "list only host functions the runtime provides: " + String.join(", ", known));
      }
    }
    boolean wasi = table.bool("wasi", false);
    return new PluginManifest.Permissions(
        functions.stream().filter(known::contains).distinct().toList(), wasi);
  }
}
