/**
 * Turns discovery selectors into the engine's test tree, reporting bad specs as discovery issues.
 */
@NullMarked
package io.dataflare.engine.discovery;

import org.jspecify.annotations.NullMarked;
