/**
 * The engine's configuration, read from JUnit Platform configuration parameters under the dataflare
 * prefix.
 */
@NullMarked
package io.dataflare.engine.config;

import org.jspecify.annotations.NullMarked;
