/**
 * Internal: the JMH benchmark, its forked-JVM fixture and the result post-processing. Not for
 * plugin authors; anything here may change without notice.
 */
@NullMarked
package io.dataflare.bench.internal;

import org.jspecify.annotations.NullMarked;
