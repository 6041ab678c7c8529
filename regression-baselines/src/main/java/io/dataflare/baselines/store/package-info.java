/**
 * The baseline store: one human-diffable JSON file per benchmark, written atomically, read
 * strictly.
 */
@NullMarked
package io.dataflare.baselines.store;

import org.jspecify.annotations.NullMarked;
