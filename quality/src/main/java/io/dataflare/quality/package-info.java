/**
 * The quality score of a DataFlare plugin: named checks with fixed points and their evidence, the
 * gates that decide whether a plugin is scored at all, and the scorer that gathers the evidence.
 */
@NullMarked
package io.dataflare.quality;

import org.jspecify.annotations.NullMarked;
