#!/usr/bin/env bash
# Measures the regression gate itself on real forked JMH runs of sample 01 (see README.md here).
#
#   gate-experiment/run.sh                      # collect 40 rounds, then analyze
#   ROUNDS=10 gate-experiment/run.sh            # a quicker, coarser pool
#   gate-experiment/run.sh analyze              # draw the trials again from the existing pool
#   gate-experiment/run.sh collect --append --rounds=20   # add rounds to the pool
#
# Settings (environment): ROUNDS (40), VARIANTS (base,base-twin,slow-5,slow-10,instr-1; add
# `sample` to see what the hook's code shape alone does), MODE (default: the harness mode of each fork),
# FORKS_PER_SIDE (6,10,20), TRIALS (1000 resampled trials per row), POOL, REPORT, SEED, and
# IGNORE_JMH_LOCK=true to run forks while other JMH runs hold JMH's lock (by default each
# benchmark waits for the lock, as the harness does).
# Run it on a quiet machine: every other process adds noise to the forks.
set -euo pipefail

cd "$(dirname "$0")/.."
root="$(pwd)"
ROUNDS="${ROUNDS:-40}"
VARIANTS="${VARIANTS:-base,base-twin,slow-5,slow-10,instr-1}"
MODE="${MODE:-default}"
FORKS_PER_SIDE="${FORKS_PER_SIDE:-6,10,20}"
TRIALS="${TRIALS:-1000}"
POOL="${POOL:-gate-experiment/target/pool.json}"
REPORT="${REPORT:-gate-experiment/target/report.md}"
SEED="${SEED:-1}"

gate-experiment/variants/build-variants.sh --check

# Build the modules the experiment runs on (the harness's forks need them on the class path).
mvn -q -B -o install -DskipTests -pl runtime,testkit-api,benchmark-harness,regression-baselines \
  || mvn -q -B install -DskipTests -pl runtime,testkit-api,benchmark-harness,regression-baselines
mvn -q -B -o compile -pl gate-experiment
# A private copy of the classes and jars: other builds reinstall the modules while the experiment
# runs, and every fork of one pool must run the same code.
snapshot="$root/gate-experiment/target/snapshot-$$"
trap 'rm -rf "$snapshot"' EXIT
mkdir -p "$snapshot"
cp -r "$root/gate-experiment/target/classes" "$snapshot/classes"
mvn -q -B -o dependency:copy-dependencies -pl gate-experiment -DincludeScope=runtime \
  -DoutputDirectory="$snapshot/lib"
classpath="$snapshot/classes$(printf ':%s' "$snapshot"/lib/*.jar)"
main=(java -Djmh.ignoreLock="${IGNORE_JMH_LOCK:-false}" -cp "$classpath"
  io.dataflare.experiment.GateExperimentMain)
revision="$(git describe --always --dirty 2>/dev/null || echo unknown)"

started=$(date +%s)
echo "[gate-experiment] $(date -u +%FT%TZ) on $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
case "${1:-all}" in
  collect)
    shift
    "${main[@]}" collect --pool="$POOL" --mode="$MODE" --revision="$revision" \
      --variants="$VARIANTS" --rounds="$ROUNDS" "$@"
    ;;
  analyze)
    shift
    "${main[@]}" analyze --pool="$POOL" --report="$REPORT" --forks-per-side="$FORKS_PER_SIDE" \
      --trials="$TRIALS" --seed="$SEED" "$@"
    ;;
  all)
    "${main[@]}" collect --pool="$POOL" --mode="$MODE" --revision="$revision" --rounds="$ROUNDS" \
      --variants="$VARIANTS"
    "${main[@]}" analyze --pool="$POOL" --report="$REPORT" --forks-per-side="$FORKS_PER_SIDE" \
      --trials="$TRIALS" --seed="$SEED"
    ;;
  *)
    echo "usage: $0 [all|collect [--rounds=N --append ...]|analyze [...]]" >&2
    exit 2
    ;;
esac
echo "[gate-experiment] total run time $(( $(date +%s) - started )) s, load now: $(cut -d' ' -f1-3 /proc/loadavg)"
