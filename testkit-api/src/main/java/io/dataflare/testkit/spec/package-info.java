/** TOML spec files: reading them into suites, and reporting their problems with file and line. */
@NullMarked
package io.dataflare.testkit.spec;

import org.jspecify.annotations.NullMarked;
