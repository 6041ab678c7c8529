/** Files for tools: {@code quality.json} for the marketplace and SARIF 2.1.0 for code scanning. */
@NullMarked
package io.dataflare.quality.output;

import org.jspecify.annotations.NullMarked;
