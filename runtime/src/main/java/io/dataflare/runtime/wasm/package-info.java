/**
 * Layer 3: the WASM backend on Chicory. Compile cache, instance construction with limits and the
 * security policy, and the batch ABI of {@code docs/wasm-abi.md}.
 */
@NullMarked
package io.dataflare.runtime.wasm;

import org.jspecify.annotations.NullMarked;
