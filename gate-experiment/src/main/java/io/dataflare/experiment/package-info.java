/**
 * The gate experiment: measures the regression gate's false-alarm and detection rates on real
 * forked JMH runs of sample 01 and planted variants of it.
 */
@NullMarked
package io.dataflare.experiment;

import org.jspecify.annotations.NullMarked;
