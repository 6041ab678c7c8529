package io.dataflare.experiment.trials;

/**
 * What the gate decided in one A/B trial.
 *
 * @param wallClockFirstRun the wall-clock rule regressed on the first run (pending confirmation)
 * @param wallClockConfirmed the wall-clock rule's regression stood after the confirmation re-run
 * @param failsBuild the whole gate (every metric, after confirmation) failed the build
 * @param frameworkError the gate reported a framework error
 * @param rule the deciding rule of the final verdict
 */
record TrialOutcome(
    boolean wallClockFirstRun,
    boolean wallClockConfirmed,
    boolean failsBuild,
    boolean frameworkError,
    String rule) {}
