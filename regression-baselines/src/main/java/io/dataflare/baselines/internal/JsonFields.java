package io.dataflare.baselines.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.dataflare.baselines.DataFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Strict reading of one JSON file: every problem becomes a {@link DataFileException} that names the
 * file, the line (for syntax errors) or the dotted field path, and the fix for this kind of file.
 */
@API(status = INTERNAL, since = "0.1")
public final class JsonFields {

  /** The mapper every DataFlare JSON file is read and written with (pretty, strict). */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .defaultPrettyPrinter(onePerLine())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  // Arrays one element per line, '\n' on every platform: a changed fork is a one-line diff.
  private static DefaultPrettyPrinter onePerLine() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  private final String kind;
  private final Path file;
  private final String fix;
  private @Nullable JsonLineIndex lines;

  /**
   * @param kind what the file is, e.g. {@code Baseline file}
   * @param file the file
   * @param fix how to repair or regenerate this kind of file
   */
  public JsonFields(String kind, Path file, String fix) {
    this.kind = kind;
    this.file = file;
    this.fix = fix;
  }

  public Path file() {
    return file;
  }

  /** Reads and parses the whole file; missing, unreadable, empty and malformed files fail. */
  public JsonNode readTree() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw problem("the file does not exist");
    } catch (IOException e) {
      throw problem("the file cannot be read (" + e.getMessage() + ")");
    }
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw problem("the file is empty");
    }
    try {
      JsonNode root = MAPPER.readTree(bytes);
      lines = JsonLineIndex.of(bytes);
      return root;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw problem(Math.max(line, 0), "not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw problem("the file cannot be read (" + e.getMessage() + ")");
    }
  }

  /** A problem without a line. */
  public DataFileException problem(String problem) {
    return problem(0, problem);
  }

  /** A problem at a line (0 for none). */
  public DataFileException problem(int line, String problem) {
    return new DataFileException(kind, file, line, problem, fix);
  }

  /**
   * A problem with the field at {@code path} (e.g. {@code wallClock.forks[2]}), at its line in the
   * file read by {@link #readTree}: for a missing field, the line of the object that lacks it.
   */
  public DataFileException problemAt(String path, String problem) {
    return problem(lines == null ? 0 : lines.lineOf(path), problem);
  }

  /** The field, which must be present and not null. */
  public JsonNode required(JsonNode parent, String key, String path) {
    JsonNode value = parent.get(key);
    if (value == null || value.isNull()) {
      throw problemAt(path, "missing field [" + path + "]");
    }
    return value;
  }

  /** A text field, which must be present. */
  public String text(JsonNode parent, String key, String path) {
    JsonNode value = required(parent, key, path);
    if (!value.isTextual()) {
      throw problemAt(path, "field [" + path + "] must be a string but was [" + value + "]");
    }
    return value.asText();
  }

  /** A text field that may be absent or null. */
  public @Nullable String optionalText(JsonNode parent, String key, String path) {
    JsonNode value = parent.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw problemAt(path, "field [" + path + "] must be a string but was [" + value + "]");
    }
    return value.asText();
  }

  /** A finite number field, which must be present. */
  public double number(JsonNode parent, String key, String path) {
    return numberValue(required(parent, key, path), path);
  }

  /** A whole-number field, which must be present. */
  public long integer(JsonNode parent, String key, String path) {
    JsonNode value = required(parent, key, path);
    if (!value.canConvertToExactIntegral() || !value.canConvertToLong()) {
      throw problemAt(path, "field [" + path + "] must be a whole number but was [" + value + "]");
    }
    return value.asLong();
  }

  /** An object field, which must be present. */
  public JsonNode object(JsonNode parent, String key, String path) {
    JsonNode value = required(parent, key, path);
    if (!value.isObject()) {
      throw problemAt(
          path, "field [" + path + "] must be an object but was [" + abbreviated(value) + "]");
    }
    return value;
  }

  /** An object field that may be absent or null. */
  public @Nullable JsonNode optionalObject(JsonNode parent, String key, String path) {
    JsonNode value = parent.get(key);
    return value == null || value.isNull() ? null : object(parent, key, path);
  }

  /** A non-empty array field, which must be present. */
  public JsonNode array(JsonNode parent, String key, String path) {
    return arrayValue(required(parent, key, path), path);
  }

  /** The node, which must be a non-empty array. */
  public JsonNode arrayValue(JsonNode value, String path) {
    if (!value.isArray()) {
      throw problemAt(
          path, "field [" + path + "] must be an array but was [" + abbreviated(value) + "]");
    }
    if (value.isEmpty()) {
      throw problemAt(path, "field [" + path + "] must not be empty");
    }
    return value;
  }

  /** The node, which must be a finite number. */
  public double numberValue(JsonNode value, String path) {
    if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
      throw problemAt(path, "field [" + path + "] must be a finite number but was [" + value + "]");
    }
    return value.asDouble();
  }

  /** A non-empty array of finite numbers. */
  public List<Double> numbers(JsonNode parent, String key, String path) {
    JsonNode array = array(parent, key, path);
    List<Double> values = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      values.add(numberValue(array.get(i), path + "[" + i + "]"));
    }
    return values;
  }

  private static String abbreviated(JsonNode value) {
    String text = value.toString();
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
