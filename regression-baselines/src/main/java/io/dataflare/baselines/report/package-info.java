/**
 * Reports of a gate result: Markdown for a CI summary, JSON with everything, and JUnit XML so CI
 * systems show each benchmark as a test. All written atomically.
 */
@NullMarked
package io.dataflare.baselines.report;

import org.jspecify.annotations.NullMarked;
