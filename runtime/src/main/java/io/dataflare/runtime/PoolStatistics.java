package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Counters of an instance pool, read at one moment.
 *
 * @param borrows instances handed out
 * @param waits borrows that had to wait for an instance to come back
 * @param creations instances created
 * @param discards instances thrown away after a timeout, trap or limit
 * @param idle instances waiting in the pool now
 * @param cacheHits loads that found the compiled module in the compile cache
 * @param cacheMisses loads that parsed and compiled the module
 */
@API(status = STABLE, since = "0.1")
public record PoolStatistics(
    long borrows,
    long waits,
    long creations,
    long discards,
    int idle,
    long cacheHits,
    long cacheMisses) {}
