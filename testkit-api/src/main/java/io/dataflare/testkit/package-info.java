/**
 * What plugin authors write: test cases, benchmarks and suites of a plugin, the records they feed
 * it, and the expectations its outputs must meet.
 */
@NullMarked
package io.dataflare.testkit;

import org.jspecify.annotations.NullMarked;
