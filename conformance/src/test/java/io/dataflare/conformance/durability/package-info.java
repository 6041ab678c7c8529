/** Durability: baseline and report writes survive a writer killed at any moment. */
@NullMarked
package io.dataflare.conformance.durability;

import org.jspecify.annotations.NullMarked;
