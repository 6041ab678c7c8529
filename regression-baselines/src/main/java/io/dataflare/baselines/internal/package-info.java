/** Machinery shared by the readers, the store and the reports: atomic files and strict JSON. */
@NullMarked
package io.dataflare.baselines.internal;

import org.jspecify.annotations.NullMarked;
