#!/usr/bin/env sh
# The durability experiment (not part of the regular tests): kills a child JVM that rewrites a
# baseline and the regression reports N times (default 1000) at random moments, checks every file
# after each kill, and prints the counts. Usage: conformance/durability-experiment.sh [N] [seed]
# Needs the other modules installed (mvn install -DskipTests from the root) or add -o if offline.
set -eu
cd "$(dirname "$0")"
mvn -q -B test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
exec java -Xmx256m -cp "target/test-classes:$(cat target/test.classpath)" \
  io.dataflare.conformance.durability.DurabilityExperiment "$@"
