/** How evidence is read: spec classes, expectation kinds, source scanning. */
@NullMarked
package io.dataflare.quality.evidence.internal;

import org.jspecify.annotations.NullMarked;
