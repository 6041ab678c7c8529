/** Machinery shared by the quality packages: JSON and XML reading, number formatting. */
@NullMarked
package io.dataflare.quality.internal;

import org.jspecify.annotations.NullMarked;
