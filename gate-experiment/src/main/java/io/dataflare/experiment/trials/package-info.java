/** Gate trials drawn from the pool of real forks, their rates with intervals, and the report. */
@NullMarked
package io.dataflare.experiment.trials;

import org.jspecify.annotations.NullMarked;
