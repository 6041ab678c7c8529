/**
 * The benchmark harness: runs plugin benchmarks under JMH in forked JVMs and writes JMH's JSON with
 * DataFlare's metrics, the machine fingerprint and the target checks.
 */
@NullMarked
package io.dataflare.bench;

import org.jspecify.annotations.NullMarked;
