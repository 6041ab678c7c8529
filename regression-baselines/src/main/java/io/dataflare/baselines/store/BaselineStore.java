package io.dataflare.baselines.store;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataflare.baselines.DataFileException;
import io.dataflare.baselines.internal.AtomicFiles;
import io.dataflare.baselines.internal.JsonFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Baselines as files: one pretty-printed JSON file per benchmark in one directory (by default
 * {@value #DEFAULT_DIRECTORY_NAME} of the plugin project), meant to be committed and diffed.
 *
 * <p>Writes are atomic: a crash mid-write leaves the previous complete file. Reads are strict: a
 * file that is empty, truncated, not JSON, misses a field or has a schema version from the future
 * is a {@link DataFileException} naming the file and the command that regenerates it; reading never
 * changes a file.
 *
 * <p>File names: the benchmark id with every character other than letters, digits, {@code .},
 * {@code _} and {@code -} replaced by {@code _}, plus {@code .json} ({@code
 * error-filter/filter-100B} is stored in {@code error-filter_filter-100B.json}). Each file holds
 * its id, so two ids that map to one name are detected, not mixed up.
 */
@API(status = STABLE, since = "0.1")
public final class BaselineStore {

  /** The default directory, relative to the plugin project. */
  public static final String DEFAULT_DIRECTORY_NAME = "src/test/dataflare/baselines";

  /** The command that rewrites broken or outdated baselines. */
  public static final String UPDATE_COMMAND = "mvn dataflare:update-baselines";

  private static final String KIND = "Baseline file";
  private static final String FIX =
      "Regenerate it with `"
          + UPDATE_COMMAND
          + "` (it records a new baseline from a benchmark run), or restore it from version control";

  private final Path directory;

  private BaselineStore(Path directory) {
    this.directory = directory;
  }

  /** The store in the given directory (which need not exist yet). */
  public static BaselineStore at(Path directory) {
    return new BaselineStore(directory);
  }

  /** The store in {@value #DEFAULT_DIRECTORY_NAME} under a project's base directory. */
  public static BaselineStore inProject(Path projectBaseDirectory) {
    return at(projectBaseDirectory.resolve(DEFAULT_DIRECTORY_NAME));
  }

  public Path directory() {
    return directory;
  }

  /** The file name for a benchmark id (see the type's description). */
  public static String fileNameFor(String benchmarkId) {
    StringBuilder name = new StringBuilder(benchmarkId.length() + 5);
    for (int i = 0; i < benchmarkId.length(); i++) {
      char c = benchmarkId.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-'
              || (c == '.' && i > 0);
      name.append(safe ? c : '_');
    }
    return name.append(".json").toString();
  }

  /** The file that holds (or would hold) a benchmark's baseline. */
  public Path fileFor(String benchmarkId) {
    return directory.resolve(fileNameFor(benchmarkId));
  }

  /**
   * The baseline of a benchmark, or empty when it has none yet.
   *
   * @throws DataFileException when its file is broken or holds another benchmark
   */
  public Optional<Baseline> read(String benchmarkId) {
    Path file = fileFor(benchmarkId);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Baseline baseline = readFile(file);
    if (!baseline.benchmarkId().equals(benchmarkId)) {
      throw new JsonFields(KIND, file, FIX)
          .problem(
              "it holds benchmark ["
                  + baseline.benchmarkId()
                  + "], not ["
                  + benchmarkId
                  + "] (two ids map to this file name: rename one benchmark)");
    }
    return Optional.of(baseline);
  }

  /**
   * Every baseline in the directory, by benchmark id (empty when the directory does not exist).
   * Temporary files of unfinished writes are skipped.
   *
   * @throws DataFileException for the first broken file
   */
  public Map<String, Baseline> readAll() {
    Map<String, Baseline> baselines = new TreeMap<>();
    if (!Files.isDirectory(directory)) {
      return baselines;
    }
    for (Path file : baselineFiles()) {
      Baseline baseline = readFile(file);
      Baseline other = baselines.put(baseline.benchmarkId(), baseline);
      if (other != null) {
        throw new JsonFields(KIND, file, FIX)
            .problem(
                "benchmark ["
                    + baseline.benchmarkId()
                    + "] has a second baseline file here: delete the one not named "
                    + fileNameFor(baseline.benchmarkId()));
      }
    }
    return baselines;
  }

  /** Reads one baseline file. */
  public static Baseline readFile(Path file) {
    JsonFields fields = new JsonFields(KIND, file, FIX);
    JsonNode root = fields.readTree();
    try {
      return BaselineCodec.decode(root, fields);
    } catch (IllegalArgumentException e) {
      throw fields.problem(e.getMessage());
    }
  }

  /**
   * Writes (or replaces) a benchmark's baseline file atomically.
   *
   * @return the file
   * @throws DataFileException when the file holds another benchmark whose id maps to the same name
   */
  public Path write(Baseline baseline) {
    Path file = fileFor(baseline.benchmarkId());
    if (Files.exists(file)) {
      String existing = existingId(file);
      if (existing != null && !existing.equals(baseline.benchmarkId())) {
        throw new JsonFields(KIND, file, "Rename one of the two benchmarks")
            .problem(
                "it holds benchmark ["
                    + existing
                    + "], and ["
                    + baseline.benchmarkId()
                    + "] maps to the same file name");
      }
    }
    AtomicFiles.write(file, BaselineCodec.encode(baseline));
    return file;
  }

  /** Writes several baselines, each atomically; returns their files. */
  public List<Path> writeAll(Collection<Baseline> baselines) {
    List<Path> files = new ArrayList<>();
    for (Baseline baseline : baselines) {
      files.add(write(baseline));
    }
    return files;
  }

  // The id of an existing (possibly broken) file; null when it cannot be read: it is replaced.
  private static @Nullable String existingId(Path file) {
    try {
      JsonNode id = JsonFields.MAPPER.readTree(file.toFile()).get("benchmarkId");
      return id == null ? null : id.asText();
    } catch (IOException e) {
      return null;
    }
  }

  private List<Path> baselineFiles() {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !AtomicFiles.isTemporary(f))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list baselines in [" + directory + "]", e);
    }
  }
}
