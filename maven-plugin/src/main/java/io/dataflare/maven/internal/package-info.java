/** The Maven plugin's machinery, in plain classes the mojos call and the unit tests exercise. */
@NullMarked
package io.dataflare.maven.internal;

import org.jspecify.annotations.NullMarked;
