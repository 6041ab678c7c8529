/** What spec authors use from the engine: the marker that selects a project's spec files. */
@NullMarked
package io.dataflare.engine.api;

import org.jspecify.annotations.NullMarked;
