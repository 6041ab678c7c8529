/** The self-contained HTML report of one plugin, with its charts drawn as inline SVG. */
@NullMarked
package io.dataflare.quality.report;

import org.jspecify.annotations.NullMarked;
