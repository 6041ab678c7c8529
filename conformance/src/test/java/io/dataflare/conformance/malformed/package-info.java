/** The malformed input corpus: broken manifests, spec files and baselines, each with its error. */
@NullMarked
package io.dataflare.conformance.malformed;

import org.jspecify.annotations.NullMarked;
