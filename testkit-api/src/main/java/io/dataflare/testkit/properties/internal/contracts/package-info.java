/** The built-in contracts' checks, and the runtimes, instances and calls they compare. */
@NullMarked
package io.dataflare.testkit.properties.internal.contracts;

import org.jspecify.annotations.NullMarked;
