package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What generated record values look like. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ValueKind {
  /** Arbitrary bytes; the simplest is the empty value. */
  BYTES,
  /**
   * UTF-8 text with one-, two-, three- and four-byte characters (and invalid sequences if asked).
   */
  TEXT,
  /** A JSON document of bounded depth, written compactly or with spaces. */
  JSON
}
