#!/usr/bin/env bash
# Builds the framework, runs every sample plugin project (samples/) through the whole pipeline
# (validate, specs as JUnit tests, JMH benchmarks, regression gate against the committed
# baselines, quality score and HTML report), and ends with one summary table: tests passed and
# failed, records/s, p99 latency, instructions per record and the gate's verdict for each
# benchmark; then each sample's quality score, its three weakest checks with their hints, and the
# path to its report.
#
#   ./run-samples.sh            benchmarks in default mode (about 10 minutes on 2 cores)
#   ./run-samples.sh --smoke    seconds per benchmark; figures are rough, so regressions only warn
#
# Further arguments go to every Maven call (e.g. -o to stay offline once dependencies are there).
# The exit status is non-zero when any sample failed its specs or its gate.
set -uo pipefail
cd "$(dirname "$0")"

mode=default
gate=()
if [[ "${1:-}" == "--smoke" ]]; then
  mode=smoke
  # Smoke runs are too short to compare with baselines recorded in default mode.
  gate=(-Ddataflare.failOnRegression=false)
  shift
fi

echo "==> Building the framework (mvn install, without its own tests: ./run-tests.sh runs those)"
mvn -B -q install -DskipTests -Dinvoker.skip=true "$@" || exit 1

echo "==> Running the samples through the pipeline (benchmark mode: ${mode})"
mvn -B -f samples/pom.xml verify -fae -Ddataflare.benchmark.mode="${mode}" ${gate[@]+"${gate[@]}"} "$@"
status=$?

mvn -B -q -f samples/pom.xml dataflare:summary "$@" || exit 1
echo
echo "==> Summary (samples/target/dataflare-summary.txt)"
cat samples/target/dataflare-summary.txt
if [[ ${status} -ne 0 ]]; then
  echo
  echo "Some samples failed: the messages are in the build output above."
fi
exit ${status}
