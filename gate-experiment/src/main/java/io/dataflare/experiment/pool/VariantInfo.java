package io.dataflare.experiment.pool;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A variant as the pool records it.
 *
 * @param name the variant's name
 * @param pluginToml its {@code plugin.toml}, relative to the repository's root
 * @param moduleSha256 the SHA-256 of the WASM module that was measured
 * @param planted what was planted, in words
 */
@API(status = INTERNAL, since = "0.1")
public record VariantInfo(String name, String pluginToml, String moduleSha256, String planted) {}
