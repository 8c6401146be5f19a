#!/usr/bin/env bash
# Benchmark of the plan pages under 16 concurrent members, beside the liveness probe in the same run.
# Starts the packaged app (demo profile, a throw-away database folder), runs PlanLoad.java, stops it.
#   ./mvnw -B package -DskipTests -DskipITs && src/bench/plan-pages.sh
# Options through the environment: PORT (default 18080), USERS (16), SECONDS (15 per phase).
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-18080}
data=$(mktemp -d)
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests -DskipITs" >&2; exit 1; }

java -Xmx512m -Dquarkus.profile=demo -Dquarkus.http.port="$port" -Dquarkus.log.level=WARN \
  -Dcomplychain.demo.data-dir="$data/db" -jar "$jar" > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://localhost:$port/q/health/ready" > /dev/null 2>&1 && break
  sleep 1
done
java -Dusers="${USERS:-16}" -Dseconds="${SECONDS_PER_PHASE:-15}" src/bench/PlanLoad.java "http://localhost:$port"
