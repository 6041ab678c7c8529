/** Builds benchmark plans from TOML spec files and Java spec classes. */
@NullMarked
package io.dataflare.bench.discovery;

import org.jspecify.annotations.NullMarked;
