#!/usr/bin/env bash
# Memory under a burst of PDF downloads: starts the packaged app (demo profile, a throw-away
# database folder), signs in as the demo company, fires 80 concurrent downloads of its plan's PDF,
# and prints the HTTP statuses and the app's resident memory (RSS) before and after. Stops the app.
#   ./mvnw -B package -DskipTests -DskipITs && src/bench/pdf-storm.sh
# Environment: PORT (default 18083), DOWNLOADS (80), JAVA_OPTS (default: the README's -Xmx256m).
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-18083}
downloads=${DOWNLOADS:-80}
base="http://localhost:$port"
data=$(mktemp -d)
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests -DskipITs" >&2; exit 1; }

# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx256m} -Dquarkus.profile=demo -Dquarkus.http.port="$port" \
  -Dquarkus.log.level=WARN -Dcomplychain.demo.data-dir="$data/db" -jar "$jar" > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 90); do
  curl -fs "$base/q/health/ready" > /dev/null 2>&1 && break
  sleep 1
done
rss() { echo "$(( $(ps -o rss= -p "$app") / 1024 )) MB"; }

jar_cookies="$data/cookies"
token=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/login" \
  | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "csrf-token=$token" \
  --data-urlencode j_username=company --data-urlencode j_password=company "$base/j_security_check"
plan=$(curl -s -b "$jar_cookies" "$base/dashboard" \
  | grep -o '/plans/[0-9a-f-]\{36\}' | head -1)
[ -n "$plan" ] || { echo "No plan found for the demo company" >&2; exit 1; }
url="$base$plan/pdf?lang=en"
curl -fs -o /dev/null -b "$jar_cookies" "$url"

echo "PDF: $plan/pdf?lang=en; app pid $app; RSS after start and one download: $(rss)"
start=$(date +%s.%N)
seq 1 "$downloads" | xargs -P "$downloads" -I{} \
  curl -s -o /dev/null -w '%{http_code}\n' -b "$jar_cookies" "$url" > "$data/codes"
end=$(date +%s.%N)
echo "$downloads concurrent downloads in $(echo "$end - $start" | bc) s; statuses:"
sort "$data/codes" | uniq -c
echo "RSS right after the storm: $(rss)"
sleep 5
echo "RSS 5 s later: $(rss)"
