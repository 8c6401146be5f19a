#!/usr/bin/env bash
# Two packaged app instances on one PostgreSQL behind HAProxy (round robin), checked from outside:
#  - both start at once on an empty database: Flyway migrates once (its lock), both become ready;
#  - a sign-in on A is valid on B; a CSRF token from A is accepted by B; the PDF is the same from both;
#  - 16 clients save concurrently (4 to a plan) on A alone, then through the balancer, then through
#    the balancer while B is killed with SIGKILL half-way; every save answered 303 is in the database
#    and no save refused as a conflict is;
# and prints the figures (saves, conflicts, errors, cycles per second, one instance against two).
# Installs nothing: it needs haproxy, the PostgreSQL server and client (Debian: apt-get install
# haproxy postgresql postgresql-client), curl, openssl and Java 17. Exits non-zero if a check fails.
#   ./mvnw -B package -DskipTests && src/bench/two-instances.sh
# Options through the environment: SECONDS_PER_PHASE (20), USERS (16), BASE_PORT (18480: the
# balancer; +1 and +2 the instances, +3 PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/quarkus-app/quarkus-run.jar
need() { command -v "$1" > /dev/null || { echo "Needs $1 ($2)" >&2; exit 2; }; }
need haproxy "apt-get install haproxy"
need psql "apt-get install postgresql-client"
need curl "apt-get install curl"
need openssl "apt-get install openssl"
need java "Java 17"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1 || true)
[ -x "${pgbin:-}/initdb" ] || { echo "Needs the PostgreSQL server (apt-get install postgresql)" >&2; exit 2; }
[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 2; }

base=${BASE_PORT:-18480}
lb_port=$base a_port=$((base + 1)) b_port=$((base + 2)) pg_port=$((base + 3))
for port in $lb_port $a_port $b_port $pg_port; do
  if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then echo "Port $port is taken; set BASE_PORT" >&2; exit 2; fi
done
work=$(mktemp -d)
chmod 755 "$work"
pids=()
failed=0
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null || true; done
  as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast stop > /dev/null 2>&1 || true
  if [ "$failed" = 0 ]; then rm -rf "$work"; else echo "Logs kept in $work"; fi
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
sql() { psql -X -q -At -h localhost -p "$pg_port" -U postgres -d complychain "$@"; }
check() { # check "what" command...: prints ok/FAIL
  if "${@:2}"; then echo "ok    $1"; else echo "FAIL  $1"; failed=1; fi
}

echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on port $pg_port"
mkdir "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres "$work/pg"
as_pg "$pgbin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 > "$work/initdb.log"
as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-p $pg_port -k $work/pg -c listen_addresses=localhost -c max_connections=200" start > /dev/null
psql -X -q -h localhost -p "$pg_port" -U postgres \
  -c "create user complychain password 'complychain'" -c "create database complychain owner complychain"

# The same secrets for both instances, as in production.
export SESSION_ENCRYPTION_KEY CSRF_SIGNATURE_KEY OIDC_STATE_SECRET
SESSION_ENCRYPTION_KEY=$(openssl rand -base64 33)
CSRF_SIGNATURE_KEY=$(openssl rand -base64 33)
OIDC_STATE_SECRET=$(openssl rand -base64 33)
start_instance() { # name port
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/complychain" \
    QUARKUS_DATASOURCE_USERNAME=complychain QUARKUS_DATASOURCE_PASSWORD=complychain \
    java -Xmx256m -Dquarkus.profile=demo -Dquarkus.http.port="$2" \
    -Dcomplychain.demo.data-dir="$work/$1/db" -jar "$jar" > "$work/$1.log" 2>&1 &
}
ready() { curl -fs "http://127.0.0.1:$1/q/health/ready" > /dev/null 2>&1; }
wait_ready() { # port pid
  for _ in $(seq 1 240); do
    ready "$1" && return 0
    kill -0 "$2" 2> /dev/null || return 1
    sleep 1
  done
  return 1
}

echo "Starting instances A (:$a_port) and B (:$b_port) at once on the empty database"
# Disowned, so that the shell does not report B's kill -9 as a failure of its own.
start_instance a "$a_port"; a_pid=$!; pids+=("$a_pid"); disown "$a_pid"
start_instance b "$b_port"; b_pid=$!; pids+=("$b_pid"); disown "$b_pid"
check "instance A is ready" wait_ready "$a_port" "$a_pid"
check "instance B is ready" wait_ready "$b_port" "$b_pid"
migrations=$(ls src/main/resources/db/migration/V*.sql | wc -l)
applied=$(sql -c "select count(*) || ' ' || count(distinct version) from flyway_schema_history where version is not null")
echo "    flyway_schema_history: $applied (rows, distinct versions); $migrations migration files"
echo "    'Migrating schema' lines: A $(grep -c 'Migrating schema' "$work/a.log" || true), B $(grep -c 'Migrating schema' "$work/b.log" || true)"
check "Flyway applied each migration once" [ "$applied" = "$migrations $migrations" ]
[ "$failed" = 0 ] || exit 1

cat > "$work/haproxy.cfg" << CFG
global
  maxconn 1000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout check 5s
  # A request that could not reach an instance goes to the other one.
  retries 3
  option redispatch 1
frontend web
  bind 127.0.0.1:$lb_port
  default_backend app
backend app
  balance roundrobin
  option httpchk GET /q/health/ready
  http-response set-header X-Served-By %s
  server a 127.0.0.1:$a_port check inter 1s fall 2 rise 2
  server b 127.0.0.1:$b_port check inter 1s fall 2 rise 2
CFG
haproxy -f "$work/haproxy.cfg" > "$work/haproxy.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 20); do curl -fs "http://127.0.0.1:$lb_port/q/health/ready" > /dev/null 2>&1 && break; sleep 0.5; done
echo "HAProxy $(haproxy -v | head -1 | awk '{print $3}') round robin on :$lb_port"
echo

java -Dusers="${USERS:-16}" -Dseconds="${SECONDS_PER_PHASE:-20}" src/bench/TwoInstances.java \
  "http://127.0.0.1:$a_port" "http://127.0.0.1:$b_port" "http://127.0.0.1:$lb_port" "$b_pid" "$work" \
  || failed=1
[ -f "$work/stored.txt" ] || exit 1

# What the clients were told against what the database holds.
sql > "$work/db-check.txt" << SQL
create temp table told (marker text, stored boolean);
\copy told (marker) from '$work/stored.txt'
update told set stored = true;
create temp table refused (marker text);
\copy refused from '$work/conflicts.txt'
insert into told select marker, false from refused;
create temp table held as
  select distinct substring(after_value from 'Saved by ([a-z0-9-]+) for') as marker
  from plan_history where subject = 'ANSWER';
select count(*) filter (where stored),
       count(*) filter (where stored and marker not in (select marker from held where marker is not null)),
       count(*) filter (where not stored),
       count(*) filter (where not stored and marker in (select marker from held where marker is not null))
  from told;
SQL
read -r told_stored lost told_refused leaked < <(tr '|' ' ' < "$work/db-check.txt")
echo
echo "Database: $told_stored saves answered 303, $lost of them missing; $told_refused refused as conflicts, $leaked of them stored"
check "every save answered 303 is in the database" [ "$told_stored" -gt 0 -a "$lost" = 0 ]
check "no save refused as a conflict is in the database" [ "$leaked" = 0 ]
check "instance A is still ready after B was killed" ready "$a_port"
exit "$failed"
