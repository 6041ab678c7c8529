/**
 * Compatibility properties: generators of records whose failures shrink, a runner that reports and
 * replays its seed, and the built-in contracts every plugin should keep.
 */
@NullMarked
package io.dataflare.testkit.properties;

import org.jspecify.annotations.NullMarked;
