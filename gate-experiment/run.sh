#!/usr/bin/env bash
# Measures the regression gate itself on real forked JMH runs of sample 01 (see README.md here).
#
#   gate-experiment/run.sh                      # collect 60 rounds, then analyze
#   ROUNDS=10 gate-experiment/run.sh            # a quicker, coarser pool
#   gate-experiment/run.sh analyze              # draw the trials again from the existing pool
#   gate-experiment/run.sh collect --append --rounds=20   # add rounds to the pool
#
# Settings (environment): ROUNDS (60), MODE (default: the harness mode of each fork),
# FORKS_PER_SIDE (6,10), TRIALS (1000 resampled trials per row), POOL, REPORT, SEED.
# Run it on a quiet machine: every other process adds noise to the forks.
set -euo pipefail

cd "$(dirname "$0")/.."
root="$(pwd)"
ROUNDS="${ROUNDS:-60}"
MODE="${MODE:-default}"
FORKS_PER_SIDE="${FORKS_PER_SIDE:-6,10}"
TRIALS="${TRIALS:-1000}"
POOL="${POOL:-gate-experiment/target/pool.json}"
REPORT="${REPORT:-gate-experiment/target/report.md}"
SEED="${SEED:-1}"

gate-experiment/variants/build-variants.sh --check

# Build the modules the experiment runs on (the harness's forks need them on the class path).
mvn -q -B -o install -DskipTests -pl runtime,testkit-api,benchmark-harness,regression-baselines \
  || mvn -q -B install -DskipTests -pl runtime,testkit-api,benchmark-harness,regression-baselines
mvn -q -B -o compile -pl gate-experiment
mvn -q -B -o dependency:build-classpath -pl gate-experiment \
  -Dmdep.outputFile="$root/gate-experiment/target/classpath.txt" -Dmdep.includeScope=runtime
classpath="$root/gate-experiment/target/classes:$(cat "$root/gate-experiment/target/classpath.txt")"
main=(java -cp "$classpath" io.dataflare.experiment.GateExperimentMain)
revision="$(git describe --always --dirty 2>/dev/null || echo unknown)"

started=$(date +%s)
echo "[gate-experiment] $(date -u +%FT%TZ) on $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
case "${1:-all}" in
  collect)
    shift
    "${main[@]}" collect --pool="$POOL" --mode="$MODE" --revision="$revision" "$@"
    ;;
  analyze)
    shift
    "${main[@]}" analyze --pool="$POOL" --report="$REPORT" --forks-per-side="$FORKS_PER_SIDE" \
      --trials="$TRIALS" --seed="$SEED" "$@"
    ;;
  all)
    "${main[@]}" collect --pool="$POOL" --mode="$MODE" --revision="$revision" --rounds="$ROUNDS"
    "${main[@]}" analyze --pool="$POOL" --report="$REPORT" --forks-per-side="$FORKS_PER_SIDE" \
      --trials="$TRIALS" --seed="$SEED"
    ;;
  *)
    echo "usage: $0 [all|collect [--rounds=N --append ...]|analyze [...]]" >&2
    exit 2
    ;;
esac
echo "[gate-experiment] total run time $(( $(date +%s) - started )) s, load now: $(cut -d' ' -f1-3 /proc/loadavg)"
