/** Machinery of the spec-file reader: line index, typed table access, readers per table. */
@NullMarked
package io.dataflare.testkit.spec.internal;

import org.jspecify.annotations.NullMarked;
