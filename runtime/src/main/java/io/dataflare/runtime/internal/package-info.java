/**
 * Internal: the runtime's machinery (pool, call executor, backends' SPI). Not for plugin authors;
 * anything here may change without notice.
 */
@NullMarked
package io.dataflare.runtime.internal;

import org.jspecify.annotations.NullMarked;
