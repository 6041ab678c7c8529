/** Machinery behind the testkit API (expectation checks, JSON comparison, mismatch texts). */
@NullMarked
package io.dataflare.testkit.internal;

import org.jspecify.annotations.NullMarked;
