package io.dataflare.experiment.pool;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apiguardian.api.API;

/** Reads and writes a {@link ForkPool} as pretty-printed JSON. */
@API(status = INTERNAL, since = "0.1")
public final class PoolJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PoolJson() {}

  /** Writes the pool through a temporary file and a rename, so a reader never sees half a pool. */
  public static void write(Path file, ForkPool pool) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
      MAPPER.writeValue(temporary.toFile(), pool);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the fork pool [" + file + "]", e);
    }
  }

  /**
   * Reads a pool written by {@link #write}.
   *
   * @throws IllegalArgumentException naming the file when it is not a pool of this schema
   */
  public static ForkPool read(Path file) {
    ForkPool pool;
    try {
      pool = MAPPER.readValue(file.toFile(), ForkPool.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot read the fork pool ["
              + file
              + "]: "
              + e.getMessage()
              + " (fix: collect it again with `gate-experiment/run.sh`)",
          e);
    }
    if (pool.schema() != ForkPool.SCHEMA) {
      throw new IllegalArgumentException(
          "Fork pool ["
              + file
              + "] has schema ["
              + pool.schema()
              + "] but this experiment reads ["
              + ForkPool.SCHEMA
              + "] (fix: collect it again)");
    }
    return pool;
  }
}
