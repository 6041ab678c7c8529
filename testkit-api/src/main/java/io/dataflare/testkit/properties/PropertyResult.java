package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How a property run went: its seed (always, so a passing run can be replayed too), the tries made,
 * and the shrunk counterexample when it failed.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PropertyResult {
  private final String name;
  private final long seed;
  private final int tries;
  private final int triesRun;
  private final int discarded;
  private final @Nullable Counterexample counterexample;

  public PropertyResult(
      String name,
      long seed,
      int tries,
      int triesRun,
      int discarded,
      @Nullable Counterexample counterexample) {
    this.name = Objects.requireNonNull(name, "name");
    this.seed = seed;
    this.tries = tries;
    this.triesRun = triesRun;
    this.discarded = discarded;
    this.counterexample = counterexample;
  }

  /** The property's name, e.g. {@code deterministic}. */
  public String name() {
    return name;
  }

  /** The seed every random choice of this run came from; the same seed replays the run. */
  public long seed() {
    return seed;
  }

  /** The tries asked for. */
  public int tries() {
    return tries;
  }

  /** The tries made: all of them when the property held, up to the failing one otherwise. */
  public int triesRun() {
    return triesRun;
  }

  /** Tries whose value could not be made (a filter found none); they do not count as passed. */
  public int discarded() {
    return discarded;
  }

  public boolean passed() {
    return counterexample == null;
  }

  /** The shrunk input the property failed on. */
  public Optional<Counterexample> counterexample() {
    return Optional.ofNullable(counterexample);
  }

  /**
   * The failure report: the property, the seed, the try, the shrunk counterexample, what was wrong
   * with it, and {@code replay} (how to run it again with this seed).
   */
  public String failureMessage(String replay) {
    if (counterexample == null) {
      return "property [" + name + "] held for " + triesRun + " tries (seed " + seed + ")";
    }
    Counterexample c = counterexample;
    StringBuilder text =
        new StringBuilder("property [")
            .append(name)
            .append("] failed on try ")
            .append(c.tryIndex() + 1)
            .append(" of ")
            .append(tries)
            .append(" (seed ")
            .append(seed)
            .append(")\n")
            .append("counterexample, shrunk in ")
            .append(c.shrinkSteps())
            .append(c.shrinkSteps() == 1 ? " step:\n" : " steps:\n")
            .append(indent(c.shown()))
            .append("\nwhat went wrong:\n")
            .append(indent(c.failureMessage()));
    if (!c.originalShown().equals(c.shown())) {
      text.append("\nas first found, before shrinking:\n").append(indent(c.originalShown()));
    }
    return text.append('\n').append(replay).toString();
  }

  private static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }

  @Override
  public String toString() {
    return "PropertyResult["
        + name
        + ", seed "
        + seed
        + (passed() ? ", passed " + triesRun + " tries]" : ", failed]");
  }
}
