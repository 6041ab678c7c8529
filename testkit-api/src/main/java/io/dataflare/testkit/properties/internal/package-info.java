/** Machinery behind the properties: recorded choices, shrinking, the contracts' checks. */
@NullMarked
package io.dataflare.testkit.properties.internal;

import org.jspecify.annotations.NullMarked;
