/** The checks of each category: pure functions from evidence to points, evidence and a hint. */
@NullMarked
package io.dataflare.quality.checks;

import org.jspecify.annotations.NullMarked;
