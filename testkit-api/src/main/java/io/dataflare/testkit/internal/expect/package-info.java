/** The expectations behind {@link io.dataflare.testkit.Expectations}, one class per kind. */
@NullMarked
package io.dataflare.testkit.internal.expect;

import org.jspecify.annotations.NullMarked;
