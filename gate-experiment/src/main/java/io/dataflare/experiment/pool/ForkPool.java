package io.dataflare.experiment.pool;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.baselines.MeasurementSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;

/**
 * Real fork values of every variant, collected in interleaved rounds: the raw material of the
 * experiment, kept as JSON so the trials can be drawn again without measuring again.
 *
 * @param schema the file's schema version, {@value #SCHEMA}
 * @param benchmark the sample's benchmark, e.g. {@code error-filter/filter-mixed-1k}
 * @param wallClockUnit the unit of {@link ForkSample#wallClock()}, e.g. {@code us/op}
 * @param inputSha256 the SHA-256 of the batch every variant processed
 * @param harness the harness settings of every round (forks, iterations, times, fork flags)
 * @param command the command that collected the pool
 * @param revision the repository's revision the pool was measured on ({@code git describe --always
 *     --dirty})
 * @param started when the first round started (ISO-8601)
 * @param finished when the last round finished (ISO-8601)
 * @param seconds the collection's wall time
 * @param fingerprint the machine and fork JVMs, as the harness recorded them in the first round
 * @param variants every variant measured
 * @param rounds the rounds, oldest first
 */
@API(status = INTERNAL, since = "0.1")
public record ForkPool(
    int schema,
    String benchmark,
    String wallClockUnit,
    String inputSha256,
    String harness,
    String command,
    String revision,
    String started,
    String finished,
    long seconds,
    Map<String, Object> fingerprint,
    List<VariantInfo> variants,
    List<Round> rounds) {

  /** The current schema version. */
  public static final int SCHEMA = 1;

  public ForkPool {
    fingerprint = Map.copyOf(fingerprint);
    variants = List.copyOf(variants);
    rounds = List.copyOf(rounds);
  }

  /**
   * This pool with one more round, finished at {@code finished} after {@code seconds} of
   * collection. The first round also gives the pool its unit and fingerprint, from that round's
   * harness output.
   */
  public ForkPool withRound(
      Round round, MeasurementSet harnessOutput, String finished, long seconds) {
    List<Round> more = new ArrayList<>(rounds);
    more.add(round);
    boolean first = rounds.isEmpty() && !harnessOutput.measurements().isEmpty();
    return new ForkPool(
        schema,
        benchmark,
        first ? harnessOutput.measurements().get(0).wallClock().unit() : wallClockUnit,
        inputSha256,
        harness,
        command,
        revision,
        started,
        finished,
        seconds,
        first ? harnessOutput.fingerprint().fields() : fingerprint,
        variants,
        more);
  }

  /**
   * This pool with a copy of {@code variant} whose every fork's call times (mean and median) are
   * multiplied by {@code factor}: an exact slowdown on top of that variant's real fork-to-fork
   * noise. Its module and instruction counts are the variant's own, so the gate can only see the
   * slowdown on the wall clock.
   *
   * @param name the copy's name
   */
  public ForkPool withScaledCopy(String variant, String name, double factor) {
    VariantInfo of = variant(variant);
    List<VariantInfo> moreVariants = new ArrayList<>(variants);
    moreVariants.add(
        new VariantInfo(
            name,
            of.pluginToml(),
            of.moduleSha256(),
            String.format(
                Locale.ROOT, "the forks of %s with their call times × %.2f", variant, factor)));
    List<Round> scaled =
        rounds.stream()
            .map(
                round -> {
                  Map<String, ForkSample> forks = new HashMap<>(round.forks());
                  forks.put(name, round.fork(variant).withCallTimesScaledBy(factor));
                  return new Round(round.index(), round.order(), round.loadAverage(), forks);
                })
            .toList();
    return new ForkPool(
        schema,
        benchmark,
        wallClockUnit,
        inputSha256,
        harness,
        command,
        revision,
        started,
        finished,
        seconds,
        fingerprint,
        moreVariants,
        scaled);
  }

  /** The recorded facts of one variant. */
  public VariantInfo variant(String name) {
    return variants.stream()
        .filter(v -> v.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "The pool has no variant ["
                        + name
                        + "] (it has "
                        + variants.stream().map(VariantInfo::name).toList()
                        + ")"));
  }

  /** One value of one variant per given round, in the rounds' order. */
  public List<Double> values(String variant, List<Round> of, ToDoubleFunction<ForkSample> metric) {
    return of.stream().map(r -> metric.applyAsDouble(r.fork(variant))).toList();
  }
}
