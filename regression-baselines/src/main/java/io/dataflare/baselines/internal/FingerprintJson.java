package io.dataflare.baselines.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataflare.baselines.Fingerprint;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/** The JSON form of a {@link Fingerprint}, the same in {@code fingerprint.json} and baselines. */
@API(status = INTERNAL, since = "0.1")
public final class FingerprintJson {

  /** The fingerprint schema this version reads and writes. */
  public static final int SCHEMA = 1;

  private FingerprintJson() {}

  /**
   * Reads a fingerprint object; {@code schema} must be present and not newer than {@link #SCHEMA}.
   */
  public static Fingerprint read(JsonNode object, JsonFields fields, String path) {
    long schema = fields.integer(object, "schema", path + "schema");
    if (schema < 1 || schema > SCHEMA) {
      throw fields.problemAt(
          path + "schema",
          "fingerprint schema version ["
              + schema
              + "] is not one this version reads (1 to "
              + SCHEMA
              + ")");
    }
    Map<String, Object> values =
        JsonFields.MAPPER.convertValue(
            object, new TypeReference<LinkedHashMap<String, Object>>() {});
    values.values().removeIf(v -> v == null);
    return new Fingerprint(values);
  }

  /** Writes a fingerprint object, {@code schema} first. */
  public static ObjectNode write(Fingerprint fingerprint) {
    ObjectNode node = JsonFields.MAPPER.createObjectNode();
    node.put("schema", SCHEMA);
    fingerprint.fields().forEach((k, v) -> node.set(k, JsonFields.MAPPER.valueToTree(v)));
    return node;
  }
}
