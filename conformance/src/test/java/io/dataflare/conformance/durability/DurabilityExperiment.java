package io.dataflare.conformance.durability;

import io.dataflare.conformance.fixtures.KillTrials;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The durability experiment, outside the regular tests: kills the baseline and report writer {@code
 * N} times (default 1000) at random moments and prints how many kills left every file a complete
 * old or new version; then runs a tenth as many trials with a naive in-place writer, to show the
 * harness catches torn files. Exits with status 1 if an atomic write was ever torn.
 *
 * <p>Run it with {@code conformance/durability-experiment.sh [N]}.
 */
public final class DurabilityExperiment {
  private DurabilityExperiment() {}

  public static void main(String[] args) throws Exception {
    int trials = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
    Path work = Files.createTempDirectory("dataflare-durability");

    long started = System.nanoTime();
    KillTrials.Summary atomic = new KillTrials(work.resolve("atomic"), "atomic").run(trials, seed);
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.println("atomic writes:   " + atomic + " (" + seconds + " s)");
    atomic.torn().forEach(t -> System.out.println("  TORN " + t));

    KillTrials.Summary control =
        new KillTrials(work.resolve("in-place"), "in-place").run(Math.max(10, trials / 10), seed);
    System.out.println("in-place writes: " + control);
    System.exit(atomic.torn().isEmpty() && !control.torn().isEmpty() ? 0 : 1);
  }
}
