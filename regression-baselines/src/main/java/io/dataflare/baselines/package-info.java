/**
 * What the regression gate compares: per benchmark one wall-clock value per fork, the deterministic
 * metrics, the module and input hashes, and the machine fingerprint.
 */
@NullMarked
package io.dataflare.baselines;

import org.jspecify.annotations.NullMarked;
