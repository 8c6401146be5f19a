#!/usr/bin/env bash
# Screening speed: 10,000 generated suppliers against the shipped ILAB edition, in a warm JVM;
# then the import of a 10,000-row CSV.
# Prints the median and worst time of ten rounds. Run from the project root.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.complychain.risk.ScreeningBenchmark
# Import speed: a 10,000-row supplier CSV through upload, preview and confirm, on the embedded
# PostgreSQL of the tests (a Quarkus test kept out of the suite by its name).
./mvnw -B -q test -Dtest=SupplierImportBenchmark -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -A5 "importing a"
