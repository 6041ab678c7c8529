/** How the HTML report is drawn: escaping, SVG primitives, scales, charts and sections. */
@NullMarked
package io.dataflare.quality.report.internal;

import org.jspecify.annotations.NullMarked;
