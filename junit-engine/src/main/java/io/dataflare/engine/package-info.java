/** The dataflare JUnit Platform engine: runs plugin specs, written in Java or TOML, as tests. */
@NullMarked
package io.dataflare.engine;

import org.jspecify.annotations.NullMarked;
