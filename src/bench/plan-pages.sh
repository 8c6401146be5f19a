#!/usr/bin/env bash
# Benchmark of the plan pages under 16 concurrent members, beside the public guidance topic page
# (same layout, no database) in the same run. Each member works on a plan of their own that has an
# approved version (with its stored PDF) and 500 history entries, as a plan has after months of use.
# Starts the packaged app (demo profile, a throw-away database folder), creates the plans through
# the forms, gives them their approved version and history with psql, runs PlanLoad.java, stops.
#   ./mvnw -B package -DskipTests -DskipITs && src/bench/plan-pages.sh
# Each member's organisation also gets SUPPLIERS suppliers (copies of the demo's, screened), so that
# the supplier list is measured on a register of thousands.
# Needs psql (apt-get install postgresql-client). Options through the environment: PORT (default
# 18080), USERS (16), SECONDS_PER_PHASE (15), HISTORY (500 entries per plan), SUPPLIERS (2000).
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-18080}
users=${USERS:-16}
data=$(mktemp -d)
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -B package -DskipTests -DskipITs" >&2; exit 1; }
command -v psql > /dev/null || { echo "Needs psql (apt-get install postgresql-client)" >&2; exit 1; }

java -Xmx512m -Dquarkus.profile=demo -Dquarkus.http.port="$port" -Dquarkus.log.level=WARN \
  -Dquarkus.log.category.\"org.complychain.system\".level=INFO \
  -Dcomplychain.demo.data-dir="$data/db" -jar "$jar" > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1 && break
  sleep 1
done
db_port=$(sed -n 's/.*Demo database started on port \([0-9]*\).*/\1/p' "$data/app.log" | head -1)
export PGPASSWORD
PGPASSWORD=$(tr -d '\n' < "$data/db/complychain-password")

java -Dusers="$users" src/bench/PlanLoad.java prepare "http://127.0.0.1:$port" > "$data/plans.txt"
ids=$(sed 's|.*/||; s|.*|'"'&'"'|' "$data/plans.txt" | paste -sd, -)
# The approved version reuses the demo's submitted snapshot; it was reopened (superseded) so that
# the plan can be edited again, and its stored PDF is about 250 kB.
psql -X -q -h 127.0.0.1 -p "$db_port" -U postgres -d postgres << SQL
insert into plan_version (id, plan_id, number, status, snapshot, sha256, submitted_at, submitted_by,
    pdf_language, decided_at, decided_by, pdf, pdf_sha256, superseded_at)
  select gen_random_uuid(), p.id, 1, 'APPROVED', k.snapshot, k.sha256, now() - interval '30 days',
         'company', 'en', now() - interval '29 days', 'auditor', d.pdf, encode(sha256(d.pdf), 'hex'),
         now() - interval '1 day'
  from plan p,
       (select snapshot, sha256 from plan_version order by submitted_at limit 1) k,
       (select convert_to(repeat('%PDF-1.7 approved plan, stored at approval. ', 5800), 'UTF8') pdf) d
  where p.id in ($ids);
insert into plan_history (id, plan_id, subject, subject_id, question_id, actor, at, before_value, after_value)
  select gen_random_uuid(), p.id, 'ANSWER', a.id, a.question_id, 'company',
         now() - interval '2 days' + n * interval '1 second',
         '{"status":"IN_PROGRESS","text":"Revision ' || (n - 1) || ' of the answer"}',
         '{"status":"IN_PROGRESS","text":"Revision ' || n || ' of the answer"}'
  from plan p
  join lateral (select id, question_id from answer where plan_id = p.id order by question_id limit 1) a on true,
       generate_series(1, ${HISTORY:-500}) n
  where p.id in ($ids);
create temporary table copied as
  select gen_random_uuid() id, p.organisation_id, s.id source, s.name || ' ' || n name, s.country_code,
         s.region, s.tier, s.goods_text, s.spend_share, s.workforce, s.migrant_workers,
         s.labour_agents, s.last_audit, s.audit_scheme, s.risk_level, s.risk_score,
         s.screened_edition, s.override_level
  from (select distinct organisation_id from plan where id in ($ids)) p,
       (select * from supplier where organisation_id =
          (select organisation_id from supplier group by organisation_id order by count(*) desc limit 1)) s,
       generate_series(1, ceil(${SUPPLIERS:-2000} / 25.0)::int) n;
insert into supplier (id, organisation_id, name, country_code, region, tier, goods_text, spend_share,
    workforce, migrant_workers, labour_agents, last_audit, audit_scheme, risk_level, risk_score,
    screened_edition, override_level)
  select id, organisation_id, name, country_code, region, tier, goods_text, spend_share, workforce,
         migrant_workers, labour_agents, last_audit, audit_scheme, risk_level, risk_score,
         screened_edition, override_level from copied;
insert into supplier_good (supplier_id, good_key)
  select c.id, g.good_key from copied c join supplier_good g on g.supplier_id = c.source;
SQL
psql -X -At -F ' ' -h 127.0.0.1 -p "$db_port" -U postgres -d postgres -c "select count(*),
  min(c) from (select count(*) c from supplier where organisation_id in
  (select organisation_id from plan where id in ($ids)) group by organisation_id) h" \
  | { read -r orgs each; echo "$orgs organisation(s) of these plans, with at least $each suppliers each"; }
echo "$users plans, each with an approved version and $(psql -X -At -h 127.0.0.1 -p "$db_port" -U postgres -d postgres \
  -c "select min(c) from (select count(*) c from plan_history where plan_id in ($ids) group by plan_id) h") history entries"
java -Dseconds="${SECONDS_PER_PHASE:-15}" src/bench/PlanLoad.java measure "http://127.0.0.1:$port" "$data/plans.txt"
