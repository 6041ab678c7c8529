package io.dataflare.baselines.gate;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The rule that decided a verdict: a stable short id (e.g. {@code wall.regressed}, listed in the
 * module's README) and a sentence with this case's numbers.
 *
 * @param id the stable rule id
 * @param sentence why, with the numbers
 */
@API(status = STABLE, since = "0.1")
public record Rule(String id, String sentence) {}
