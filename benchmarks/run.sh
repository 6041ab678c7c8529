#!/usr/bin/env bash
# DataFlare's performance suite in one command: builds benchmarks/target/benchmarks.jar, runs every
# benchmark in one JMH run (with the GC profiler, for allocation per record), and writes the table
# of targets to benchmarks/target/results/performance.md.
#
#   benchmarks/run.sh                        # the full suite (20 to 25 minutes on a quiet machine)
#   benchmarks/run.sh -f 1 -wi 1 -i 1 -w 200ms -r 200ms Wasm   # a quick look at a few benchmarks
#
# Arguments go to JMH as they are. Set MVN_ARGS=-o to build offline, JAVA_OPTS for the JMH JVM
# (JAVA_OPTS=-Djmh.ignoreLock=true runs beside another JMH run instead of waiting for it). Run it on
# a quiet machine: the report records the load average at the start and at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true ${MVN_ARGS:-}
out=benchmarks/target/results
mkdir -p "$out"
# JMH refuses to start while another JMH run holds /tmp/jmh.lock: wait for it (up to an hour)
# rather than measure two runs fighting over the same cores.
for attempt in $(seq 1 120); do
  start_load=$(cut -d' ' -f1-3 /proc/loadavg)
  status=0
  java ${JAVA_OPTS:-} -Ddataflare.samples="$PWD/samples" -jar benchmarks/target/benchmarks.jar \
    -prof gc -rf json -rff "$out/jmh.json" "$@" 2>&1 | tee "$out/jmh.log" || status=$?
  if grep -q "Unable to acquire the JMH lock" "$out/jmh.log"; then
    echo "another JMH run holds the lock; retrying in 30 s ($attempt/120)"
    sleep 30
    continue
  fi
  [ "$status" -eq 0 ] || exit "$status"
  break
done
end_load=$(cut -d' ' -f1-3 /proc/loadavg)
java -cp benchmarks/target/benchmarks.jar io.dataflare.benchmarks.report.TargetReport \
  "$out/jmh.json" "$start_load at the start, $end_load at the end" "benchmarks/run.sh $*" \
  > "$out/performance.md"
cat "$out/performance.md"
