#!/usr/bin/env bash
# Profiles benchmarks of the performance suite with async-profiler (JMH's `async` profiler): where
# the time of a missed target goes. async-profiler comes from Maven Central
# (tools.profiler:async-profiler, whose jar carries the Linux library). The machines here expose no
# hardware counters to perf, so the profiler samples on the interval timer (event=itimer), which
# counts CPU time of every thread of the fork (INTERVAL, in ns: 1 ms by default).
#
#   benchmarks/profile.sh NativeThroughputBenchmark -p sample=FILTER -p recordBytes=100 -p batch=10000
#   EVENT=alloc benchmarks/profile.sh InstanceFromCacheBenchmark      # where the bytes come from
#
# Arguments go to JMH as they are (default: 1 fork, 3 x 1 s warm-up, 3 x 1 s measurement). Each
# benchmark's flat profile (top frames by self time, then by total time) is printed and kept with
# its collapsed stacks under benchmarks/target/profiles/. Run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${ASYNC_PROFILER_VERSION:-4.1}"
profiler_dir=benchmarks/target/profiler
lib="$profiler_dir/linux-x64/libasyncProfiler.so"
if [ ! -f "$lib" ]; then
  mvn -q -B dependency:copy -Dartifact="tools.profiler:async-profiler:$version" \
    -DoutputDirectory="$profiler_dir" ${MVN_ARGS:-}
  (cd "$profiler_dir" && unzip -q -o "async-profiler-$version.jar" 'linux-x64/*')
fi
mvn -q -B -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true ${MVN_ARGS:-}
out=benchmarks/target/profiles
mkdir -p "$out"
# JMH refuses an option given twice: a default is used only when the arguments do not set it.
defaults=()
for pair in "-f 1" "-wi 3" "-w 1s" "-i 3" "-r 1s"; do
  flag=${pair%% *}
  case " $* " in *" $flag "*) ;; *) defaults+=("$flag" "${pair#* }") ;; esac
done
java ${JAVA_OPTS:-} -Ddataflare.samples="$PWD/samples" -jar benchmarks/target/benchmarks.jar \
  "${defaults[@]}" \
  -prof "async:libPath=$PWD/$lib;event=${EVENT:-itimer};interval=${INTERVAL:-1000000};output=text,collapsed;dir=$out;ann=true" \
  "$@" 2>&1 | tee "$out/jmh.log"
echo "profiles written under $out/ (one folder per benchmark and parameters)"
