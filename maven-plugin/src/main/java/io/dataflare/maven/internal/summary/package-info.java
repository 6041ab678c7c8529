/** The pipeline summary: tests, benchmark figures and gate verdicts of each project, read back. */
@NullMarked
package io.dataflare.maven.internal.summary;

import org.jspecify.annotations.NullMarked;
