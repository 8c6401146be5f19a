#!/usr/bin/env bash
# Screening speed: 10,000 generated suppliers against the shipped ILAB edition, in a warm JVM.
# Prints the median and worst time of ten rounds. Run from the project root.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.complychain.risk.ScreeningBenchmark
