#!/usr/bin/env bash
# Runs the whole test suite: every module's unit and engine tests, the Surefire, Maven-plugin and
# archetype integration builds (maven-invoker-plugin, archetype:integration-test), the docs'
# snippet check and formatting. The samples run through the whole pipeline with ./run-samples.sh.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B install "$@"
