package io.dataflare.baselines.gate;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A bootstrap confidence interval of a relative change, in percent.
 *
 * @param lowPercent lower bound, e.g. {@code 8.1} for +8.1%
 * @param highPercent upper bound
 * @param confidence the confidence level, e.g. {@code 0.95}
 */
@API(status = STABLE, since = "0.1")
public record ChangeInterval(double lowPercent, double highPercent, double confidence) {}
