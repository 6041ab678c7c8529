/** The marketplace bundle: what a plugin ships, its checksums, and the zip written atomically. */
@NullMarked
package io.dataflare.maven.internal.bundle;

import org.jspecify.annotations.NullMarked;
