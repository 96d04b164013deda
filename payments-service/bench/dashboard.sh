#!/usr/bin/env bash
# Benchmark of GET /api/v1/dashboards/execution with 1,200 projects; see payments-service/README.md, section
# "Execution dashboard benchmark".
#
#   payments-service/bench/dashboard.sh   build if needed; start projects-service on its own embedded PostgreSQL
#                                         with 1,200 projects of SJZWFW in 2026 (seed document through the API,
#                                         the rest by dashboard-projects.sql; once), and payments-service on the
#                                         1,050,000-installment data set (bench/load.sql; once) calling it; warm
#                                         up; then time N sequential dashboard requests (median, p95, max), and
#                                         apart: the project list's pages and payments' sums query.
#
# Environment: BENCH_REQUESTS (default 50), BENCH_WARMUP_REQUESTS (default 30), BENCH_DATA (default
# bench/data/dashboard), BENCH_PORT / BENCH_MANAGEMENT_PORT (payments, default 38083 / 39083),
# BENCH_PROJECTS_PORT / BENCH_PROJECTS_MANAGEMENT_PORT (default 38081 / 39081), BENCH_RELOAD=1 to load both data
# sets again, BENCH_JAVA_OPTS (default -Xms256m -Xmx512m).
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

DATA="${BENCH_DATA:-$HERE/data/dashboard}"
PORT="${BENCH_PORT:-38083}"
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-39083}"
PROJECTS_PORT="${BENCH_PROJECTS_PORT:-38081}"
PROJECTS_MANAGEMENT_PORT="${BENCH_PROJECTS_MANAGEMENT_PORT:-39081}"
REQUESTS="${BENCH_REQUESTS:-50}"
WARMUP_REQUESTS="${BENCH_WARMUP_REQUESTS:-30}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms256m -Xmx512m}"
YEAR=2026
PROJECTS=1200

command -v psql >/dev/null || die "psql is missing (postgresql-client)"

if [ ! -f "$JAR" ] || [ ! -f "$PROJECTS_JAR" ] || [ ! -f "$DATABASES_JAR" ]; then
  say "Building payments-service and projects-service"
  (cd "$ROOT" && ./mvnw -q -B -pl payments-service,projects-service,local-database -am package -DskipTests </dev/null)
fi
mkdir -p "$DATA" "$RESULTS"
trap 'stop_service; stop_projects_service' EXIT

say "Starting projects-service on port $PROJECTS_PORT (embedded PostgreSQL in $DATA)"
start_projects_service
use_projects_database
if [ "${BENCH_RELOAD:-0}" = 1 ] || [ "$(psql -qAtc "select count(*) from project")" -lt "$PROJECTS" ]; then
  if [ "$(psql -qAtc "select count(*) from budget_document")" = 0 ]; then
    say "Importing the seed budget document (43 projects)"
    STATUS="$(curl -s -o "$DATA/import.json" -w '%{http_code}' -X POST \
      -H "Authorization: Bearer $(token admin)" -H 'Content-Type: text/markdown; charset=utf-8' \
      --data-binary @"$ROOT/projects-service/src/main/resources/seed/songjiang-zwfw-2026-budget.md" \
      "http://localhost:$PROJECTS_PORT/api/v1/budget-documents")"
    [ "$STATUS" = 201 ] || die "the import answered $STATUS: $(head -c 300 "$DATA/import.json")"
  fi
  say "Loading 1,200 projects with targets and observations (bench/dashboard-projects.sql)"
  psql -q -P pager=off -f "$HERE/dashboard-projects.sql"
fi
[ "$(psql -qAtc "select count(*) from project where fiscal_year = $YEAR and department_code = 'SJZWFW'")" = "$PROJECTS" ] \
  || die "projects-service does not hold $PROJECTS projects of SJZWFW in $YEAR"

say "Starting payments-service on port $PORT, calling projects-service on $PROJECTS_PORT"
PROJECTS_URL_OPTION="-Dquarkus.rest-client.projects.url=http://localhost:$PROJECTS_PORT"
start_service "$PROJECTS_URL_OPTION"
use_embedded_database
if [ "${BENCH_RELOAD:-0}" = 1 ] || [ "$(psql -qAtc "select count(*) from installment")" -lt 1000000 ]; then
  say "Loading the synthetic data set (bench/load.sql)"
  psql -q -f "$HERE/load.sql"
  stop_service
  start_service "$PROJECTS_URL_OPTION"
  use_embedded_database
fi
psql -P pager=off -c "select count(*) as installments, count(distinct project_id) as projects,
    count(*) filter (where fiscal_year = $YEAR) as installments_$YEAR,
    count(distinct project_id) filter (where fiscal_year = $YEAR) as projects_$YEAR from installment"

TOKEN="$(token viewer)"
URL="http://localhost:$PORT/api/v1/dashboards/execution?fiscalYear=$YEAR"
PAGE_URL="http://localhost:$PROJECTS_PORT/api/v1/projects?fiscalYear=$YEAR&departmentCode=SJZWFW&size=500&page=0"
# Both services' first answers (cold JIT, empty pools) can pass payments' timeout for projects-service: warm up
# until the dashboard answers.
say "Warm-up: until the dashboard answers, then $WARMUP_REQUESTS requests"
time_requests 5 "$TOKEN" "$PAGE_URL" >/dev/null
for attempt in $(seq 1 20); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL")" = 200 ] && break
  [ "$attempt" -lt 20 ] || die "the dashboard does not answer 200; see $DATA/payments-service.log"
  sleep 2
done
time_requests "$WARMUP_REQUESTS" "$TOKEN" "$URL" >/dev/null

STATUS="$(curl -s -o "$DATA/sample.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL")"
[ "$STATUS" = 200 ] || die "GET dashboards/execution answered $STATUS: $(head -c 300 "$DATA/sample.json")"
ROWS="$(grep -o '"projectId"' "$DATA/sample.json" | wc -l)"
[ "$ROWS" = "$PROJECTS" ] || die "the dashboard shows $ROWS projects, not $PROJECTS"
say "One answer: $(wc -c <"$DATA/sample.json") bytes, $ROWS projects, with a target completion: $(grep -o '"targetCompletion":[0-9]' "$DATA/sample.json" | wc -l)"

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$RESULTS/dashboard-$STAMP.txt"
{
  echo "date: $STAMP"
  echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "endpoint: GET /api/v1/dashboards/execution?fiscalYear=$YEAR ($PROJECTS projects), $REQUESTS sequential requests"
} | tee "$OUT"

say "Measure"
read -r MEDIAN P95 MAX < <(time_requests "$REQUESTS" "$TOKEN" "$URL")
read -r PAGE_MEDIAN PAGE_P95 PAGE_MAX < <(time_requests "$REQUESTS" "$TOKEN" "$PAGE_URL")
SUMS_MS="$(psql -qAt -c '\timing on' -c "select count(*) from (select project_id, sum(plan_value) from payment_plan
    where fiscal_year = $YEAR group by project_id) s" -c "select count(*) from (select i.project_id, sum(pay.amount)
    from payment pay join installment i on i.id = pay.installment_id where pay.reversed = false and i.fiscal_year = $YEAR
    group by i.project_id) s" | awk '/^Time:/ { t += $2 } END { printf "%.1f", t }')"
{
  echo "dashboard: median $MEDIAN ms, p95 $P95 ms, max $MAX ms"
  echo "  of which projects-service, one page of 500 projects: median $PAGE_MEDIAN ms, p95 $PAGE_P95 ms, max $PAGE_MAX ms"
  echo "  of which payments' two sums queries (psql): $SUMS_MS ms"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$OUT"
say "Results written to $OUT"
