#!/usr/bin/env bash
# Runs the whole test suite: every module's unit and engine tests, the Surefire and Maven-plugin
# integration builds (maven-invoker-plugin), formatting, then every sample through `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B install "$@"
