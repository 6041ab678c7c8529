/** One small factory per mismatch message, each writing the AssertJ-style multi-line text. */
@NullMarked
package io.dataflare.testkit.internal.mismatch;

import org.jspecify.annotations.NullMarked;
