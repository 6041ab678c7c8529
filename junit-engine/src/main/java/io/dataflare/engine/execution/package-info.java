/** Runs cases and benchmark smoke checks on one pooled plugin runtime per run. */
@NullMarked
package io.dataflare.engine.execution;

import org.jspecify.annotations.NullMarked;
