package io.dataflare.experiment.trials;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.experiment.pool.ForkPool;
import io.dataflare.experiment.pool.Round;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** The experiment's results as Markdown: the setting, the variants as measured, the rates. */
@API(status = INTERNAL, since = "0.1")
public final class ExperimentReport {
  private ExperimentReport() {}

  /** The report; {@code analyzeCommand} is the command that drew the trials. */
  public static String markdown(Analysis analysis, String analyzeCommand) {
    ForkPool pool = analysis.pool();
    StringBuilder md = new StringBuilder();
    md.append("### Gate experiment on `").append(pool.benchmark()).append("`\n\n");
    setting(md, analysis, analyzeCommand);
    variants(md, analysis);
    rates(md, analysis);
    rules(md, analysis);
    return md.toString();
  }

  private static void setting(StringBuilder md, Analysis analysis, String analyzeCommand) {
    ForkPool pool = analysis.pool();
    Map<String, Object> machine = pool.fingerprint();
    double[] loads =
        pool.rounds().stream()
            .mapToDouble(Round::loadAverage)
            .filter(Double::isFinite)
            .sorted()
            .toArray();
    int forks = pool.rounds().size() * pool.variants().size();
    md.append("- Date: ")
        .append(pool.started(), 0, Math.min(10, pool.started().length()))
        .append(" (collected ")
        .append(pool.started())
        .append(" to ")
        .append(pool.finished())
        .append(")\n");
    md.append("- Machine: ")
        .append(machine.getOrDefault("cpuModel", "?"))
        .append(", ")
        .append(machine.getOrDefault("cores", "?"))
        .append(" cores, ")
        .append(bytes(machine.get("memoryBytes")))
        .append(", ")
        .append(machine.getOrDefault("os", "?"))
        .append(" ")
        .append(machine.getOrDefault("kernel", ""))
        .append(", JVM ")
        .append(machine.getOrDefault("jvmVendor", "?"))
        .append(" ")
        .append(machine.getOrDefault("jvmVersion", "?"))
        .append(", JMH ")
        .append(machine.getOrDefault("jmhVersion", "?"))
        .append("\n");
    if (loads.length > 0) {
      md.append(
          String.format(
              Locale.ROOT,
              "- Load (1-minute average at each round's start, shared 2-core machine): min %.2f,"
                  + " median %.2f, max %.2f\n",
              loads[0],
              loads[loads.length / 2],
              loads[loads.length - 1]));
    }
    md.append("- Harness per fork: ").append(pool.harness()).append("\n");
    md.append("- The gate gets ").append(analysis.forkValue().description()).append("\n");
    md.append(
        String.format(
            Locale.ROOT,
            "- Pool: %d interleaved rounds × %d variants = %d real forked JVMs (one fork of every"
                + " variant per round, shuffled order), collected in %d min %d s\n",
            pool.rounds().size(),
            pool.variants().size(),
            forks,
            pool.seconds() / 60,
            pool.seconds() % 60));
    md.append(
        String.format(
            Locale.ROOT,
            "- Trials: per row %d A/B trials resampled from the pool (each draws 2k distinct rounds:"
                + " k for the run, k others for the confirmation re-run; seed %d), and the"
                + " independent trials the pool allows (consecutive blocks, no fork used twice)\n",
            analysis.trialsPerRow(),
            analysis.seed()));
    md.append("- Collected with: `")
        .append(pool.command())
        .append("` at revision `")
        .append(pool.revision())
        .append("`\n");
    md.append("- Trials drawn with: `").append(analyzeCommand).append("`\n\n");
  }

  private static void variants(StringBuilder md, Analysis analysis) {
    String unit = analysis.pool().wallClockUnit();
    md.append("Variants as measured (every fork of the pool; change against `base` with the gate's")
        .append(" 95% bootstrap interval of the ratio of medians):\n\n");
    md.append("| variant | planted | forks | median ")
        .append(unit)
        .append(" | fork spread (IQR/median) | measured wall-clock change | change of median call")
        .append(" | instructions/record")
        .append(" (change, exact) | B/record |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    for (MeasuredVariant v : analysis.variants()) {
      md.append("| `")
          .append(v.name())
          .append("` | ")
          .append(v.planted())
          .append(" | ")
          .append(v.forks())
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.2f", v.medianWallClock()))
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.1f%%", v.spreadPercent()))
          .append(" | ")
          .append(
              Double.isNaN(v.changePercent())
                  ? "(reference)"
                  : String.format(
                      Locale.ROOT,
                      "%+.1f%% [%+.1f%%, %+.1f%%]",
                      v.changePercent(),
                      v.changeLowPercent(),
                      v.changeHighPercent()))
          .append(" | ")
          .append(
              Double.isNaN(v.medianCallChangePercent())
                  ? ""
                  : String.format(Locale.ROOT, "%+.1f%%", v.medianCallChangePercent()))
          .append(" | ")
          .append(
              String.format(
                  Locale.ROOT,
                  "%.2f (%+.2f%%)%s",
                  v.instructionsPerRecord(),
                  v.instructionsChangePercent(),
                  v.countRepeated() ? "" : " NOT REPEATED"))
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.1f", v.allocationPerRecord()))
          .append(" |\n");
    }
    md.append(
        "\nThe gate's rank rule compares each fork's mean call time, its fastest-forks rule each"
            + " side's best fork by its median call; the change of median call here compares the"
            + " forks' 50th percentiles (median over forks), which preemption by other processes"
            + " hardly moves: where the two disagree, the load on the machine moved the means.\n");
    md.append(
        "\nInstruction counts: the harness's two interpreter-mode passes in every round; "
            + (analysis.variants().stream().allMatch(MeasuredVariant::countRepeated)
                ? "every pass of every round counted exactly the same per variant.\n\n"
                : "SOME COUNTS DID NOT REPEAT (see NOT REPEATED above).\n\n"));
  }

  private static void rates(StringBuilder md, Analysis analysis) {
    md.append("Rates (A/B mode, gate defaults: the wall-clock metric regresses when the rank rule")
        .append(" (one-sided Mann-Whitney p < 0.05 and the bootstrap interval of the ratio of")
        .append(" medians past max(5%, 2 × 2.5% default noise floor)) or the fastest-forks rule")
        .append(" (bootstrap of the ratio of the best forks' median calls: p < 0.05 and the")
        .append(" interval past the same minimum effect) does; confirmed by one re-run;")
        .append(" Wilson 95% intervals):\n\n");
    md.append("| B side | forks per side | judged on | first-run alarms (wall-clock) | rate")
        .append(" (resampled trials) | independent trials | target | met |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (VariantRates row : analysis.resampled()) {
      Optional<Target> target = Target.of(row.variant());
      String judged = target.map(Target::judgedOn).orElse("whole gate");
      Rate rate = target.map(t -> t.rateOf(row)).orElse(row.failsBuild());
      Optional<VariantRates> independent = analysis.independentLike(row);
      md.append("| `")
          .append(row.variant())
          .append("`")
          .append(measuredChange(analysis, row.variant()))
          .append(" | ")
          .append(row.forksPerSide())
          .append(row.projected() ? " (projection)" : "")
          .append(" | ")
          .append(judged)
          .append(" | ")
          .append(row.wallClockFirstRun())
          .append(" | **")
          .append(rate)
          .append("** | ")
          .append(
              independent
                  .map(i -> target.map(t -> t.rateOf(i)).orElse(i.failsBuild()).toString())
                  .orElse("none"))
          .append(" | ")
          .append(target.map(Target::text).orElse(""))
          .append(" | ")
          .append(
              target.filter(Target::bounded).map(t -> t.met(rate) ? "yes" : "**no**").orElse(""))
          .append(" |\n");
    }
    md.append(
        "\nRows marked (projection) need more rounds than the pool holds: their trials draw rounds"
            + " with replacement, which estimates what more forks would do but understates the"
            + " spread of a real run of that size.\n");
    md.append(
        "\nThe planted slowdown builds also execute more instructions per record, so the whole"
            + " gate fails them every time by `instructions.above-tolerance`; their rows judge the"
            + " wall-clock rule alone, as for a native plugin, which has no instruction count, at"
            + " the change they really had. The rows `base-twin×1.05` and `base-twin×1.10` are"
            + " the twin's real forks with every call time multiplied by 1.05 and 1.10: an exact"
            + " slowdown on top of the real fork-to-fork noise, with the module and instruction"
            + " count unchanged, so the whole gate sees it on the wall clock only. They carry the"
            + " 5% and 10% targets.\n\n");
  }

  private static String measuredChange(Analysis analysis, String variant) {
    return analysis
        .variant(variant)
        .filter(v -> !Double.isNaN(v.changePercent()))
        .map(v -> String.format(Locale.ROOT, " (measured %+.1f%%)", v.changePercent()))
        .orElse("");
  }

  private static void rules(StringBuilder md, Analysis analysis) {
    md.append("<details><summary>Deciding rules of the resampled trials</summary>\n\n");
    md.append(
        "| B side | forks per side | rules (count) | framework errors |\n|---|---|---|---|\n");
    for (VariantRates row : analysis.resampled()) {
      md.append("| `")
          .append(row.variant())
          .append("` | ")
          .append(row.forksPerSide())
          .append(" | ")
          .append(
              String.join(
                  ", ",
                  row.rules().entrySet().stream()
                      .sorted(Map.Entry.comparingByKey())
                      .map(e -> "`" + e.getKey() + "` " + e.getValue())
                      .toList()))
          .append(" | ")
          .append(row.frameworkErrors().hits())
          .append(" |\n");
    }
    md.append("\n</details>\n");
  }

  private static String bytes(Object memory) {
    if (memory instanceof Number n) {
      return String.format(Locale.ROOT, "%.0f GiB", n.doubleValue() / (1L << 30));
    }
    return "? memory";
  }
}
