/** The hostile plugin corpus against the real runtime and engine. */
@NullMarked
package io.dataflare.conformance.hostile;

import org.jspecify.annotations.NullMarked;
