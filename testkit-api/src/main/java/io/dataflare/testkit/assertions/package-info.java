/**
 * AssertJ-style assertions on batch results and case outcomes, entered from DataFlareAssertions.
 */
@NullMarked
package io.dataflare.testkit.assertions;

import org.jspecify.annotations.NullMarked;
