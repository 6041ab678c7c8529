/**
 * The {@code dataflare} Maven goals: thin mojos that validate, benchmark and gate a plugin project.
 */
@NullMarked
package io.dataflare.maven;

import org.jspecify.annotations.NullMarked;
