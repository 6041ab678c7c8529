/** The benchmarks' access to the WASM backend's package-private codecs (benchmarks jar only). */
@NullMarked
package io.dataflare.runtime.wasm;

import org.jspecify.annotations.NullMarked;
