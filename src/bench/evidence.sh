#!/usr/bin/env bash
# Evidence files under load: starts the packaged app (demo profile, a throw-away database folder,
# -Xmx256m), signs in as the demo company, then with 4 clients uploads 20 different 20 MB files and
# downloads one 20 MB file 20 times. For comparison it serves a file of the same size as a plain
# static file (python's http.server on the same machine) and downloads it the same way. Prints
# throughput (MB/s) and the app's resident memory (VmRSS and its peak VmHWM from /proc).
#   ./mvnw -B package -DskipTests -DskipITs && src/bench/evidence.sh
# Environment: PORT (default 18084), STATIC_PORT (18085), CLIENTS (4), ROUNDS (20), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-18084}
static_port=${STATIC_PORT:-18085}
clients=${CLIENTS:-4}
rounds=${ROUNDS:-20}
size=$((20 * 1000 * 1000))
base="http://localhost:$port"
data=$(mktemp -d)
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests -DskipITs" >&2; exit 1; }

# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx256m} -Dquarkus.profile=demo -Dquarkus.http.port="$port" \
  -Dquarkus.log.level=WARN -Dcomplychain.demo.data-dir="$data/db" \
  -Dcomplychain.evidence.organisation-quota=2G -jar "$jar" > "$data/app.log" 2>&1 &
app=$!
static=""
cleanup() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  [ -n "$static" ] && kill "$static" 2>/dev/null
  rm -rf "$data"
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -fs "$base/q/health/ready" > /dev/null 2>&1 && break
  sleep 1
done
mem() { awk '/VmRSS|VmHWM/ {printf "%s %d MB  ", $1, $2 / 1024}' "/proc/$app/status"; echo; }

cookies="$data/cookies"
token() { curl -s -c "$cookies" -b "$cookies" "$base$1" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -1; }
curl -s -o /dev/null -c "$cookies" -b "$cookies" -H "Origin: $base" \
  --data-urlencode "csrf-token=$(token /login)" \
  --data-urlencode j_username=company --data-urlencode j_password=company "$base/login"
csrf=$(token /evidence/new)
[ -n "$csrf" ] || { echo "Could not sign in as the demo company" >&2; exit 1; }

# Text that passes as a PDF's body: random base64 after a PDF header, unique per upload.
head -c $((size * 3 / 4)) /dev/urandom > "$data/random"
base64 -w 76 "$data/random" > "$data/base64" && rm "$data/random"
head -c $((size - 64)) "$data/base64" > "$data/body" && rm "$data/base64"
for i in $(seq 1 "$rounds"); do
  { printf '%%PDF-1.4\n%% upload %s\n' "$i"; cat "$data/body"; } > "$data/upload-$i.pdf"
done
bytes=$(stat -c %s "$data/upload-1.pdf")
echo "App pid $app; file size $bytes bytes; $clients clients, $rounds transfers each way"
echo "Memory after start:        $(mem)"

rate() { echo "scale=1; $1 * $2 / 1000000 / $3" | bc; }
start=$(date +%s.%N)
seq 1 "$rounds" | xargs -P "$clients" -I{} curl -s -o /dev/null -w '%{http_code}\n' -b "$cookies" \
  -F "csrf-token=$csrf" -F "title=Benchmark {}" -F kind=OTHER -F "file=@$data/upload-{}.pdf" \
  "$base/evidence" > "$data/up-codes"
took=$(echo "$(date +%s.%N) - $start" | bc)
echo "Uploads:   $(sort "$data/up-codes" | uniq -c | tr '\n' ' ') in $took s = $(rate "$bytes" "$rounds" "$took") MB/s"
echo "Memory after uploads:      $(mem)"

id=$(curl -s -b "$cookies" "$base/evidence" | grep -o 'href="/evidence/[0-9a-f-]\{36\}"' | head -1 | grep -o '[0-9a-f-]\{36\}')
start=$(date +%s.%N)
seq 1 "$rounds" | xargs -P "$clients" -I{} curl -s -o /dev/null -w '%{http_code} %{size_download}\n' \
  -b "$cookies" "$base/evidence/$id/download" > "$data/down-codes"
took=$(echo "$(date +%s.%N) - $start" | bc)
echo "Downloads: $(cut -d' ' -f1 "$data/down-codes" | sort | uniq -c | tr '\n' ' ') in $took s = $(rate "$bytes" "$rounds" "$took") MB/s"
echo "Memory after downloads:    $(mem)"

mkdir "$data/static" && cp "$data/upload-1.pdf" "$data/static/file.pdf"
python3 -m http.server "$static_port" --bind 127.0.0.1 --directory "$data/static" > /dev/null 2>&1 &
static=$!
for _ in $(seq 1 30); do curl -fs -o /dev/null "http://127.0.0.1:$static_port/file.pdf" && break; sleep 0.5; done
start=$(date +%s.%N)
seq 1 "$rounds" | xargs -P "$clients" -I{} curl -s -o /dev/null -w '%{http_code}\n' \
  "http://127.0.0.1:$static_port/file.pdf" > "$data/static-codes"
took=$(echo "$(date +%s.%N) - $start" | bc)
echo "Static file (python http.server): $(sort "$data/static-codes" | uniq -c | tr '\n' ' ') in $took s = $(rate "$bytes" "$rounds" "$took") MB/s"
