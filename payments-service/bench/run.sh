#!/usr/bin/env bash
# Scale benchmark of GET /api/v1/due-payments; see payments-service/README.md, section "Scale benchmark".
#
#   payments-service/bench/run.sh            build if needed, start the service on its own embedded
#                                            PostgreSQL under bench/data, load 1,050,000 installments
#                                            (once), warm up, then wrk -t2 -c32 and pgbench -M prepared -c32
#
# Environment: BENCH_DURATION (default 30s), BENCH_WARMUP (default 20s), BENCH_PORT (default 18083),
#   BENCH_MANAGEMENT_PORT (health, default 19083),
# BENCH_RELOAD=1 to load the data set again, BENCH_DATA (default bench/data), BENCH_JAVA_OPTS (JVM options,
# default -Xms512m -Xmx512m), BENCH_SKIP_PGBENCH=1.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

DATA="${BENCH_DATA:-$HERE/data}"
PORT="${BENCH_PORT:-18083}"
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-19083}"
DURATION="${BENCH_DURATION:-30s}"
WARMUP="${BENCH_WARMUP:-20s}"
THREADS=2
CONNECTIONS=32
PAGE_SIZE=50
WITHIN_DAYS=30
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms512m -Xmx512m}"

command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
command -v pgbench >/dev/null || die "pgbench is missing (postgresql-client)"
command -v psql >/dev/null || die "psql is missing (postgresql-client)"

build_if_missing
trap stop_service EXIT

say "Starting payments-service on port $PORT (embedded PostgreSQL in $DATA)"
start_service
use_embedded_database
psql -qAtc "select 1" >/dev/null || die "cannot reach the service's PostgreSQL on port $PGPORT"

ROWS="$(psql -qAtc "select count(*) from installment")"
if [ "${BENCH_RELOAD:-0}" = 1 ] || [ "$ROWS" -lt 1000000 ]; then
  say "Loading the synthetic data set (bench/load.sql)"
  psql -q -f "$HERE/load.sql"
  # Restart so that nothing computed before the load (cached totals) survives it.
  stop_service
  start_service
  use_embedded_database
fi

say "Data set"
psql -P pager=off -c "select count(*) as installments,
    count(*) filter (where status in ('DUE', 'PARTIALLY_PAID')) as open,
    count(*) filter (where status in ('DUE', 'PARTIALLY_PAID') and due_date <= current_date + $WITHIN_DAYS) as due_30d_or_overdue,
    count(distinct plan_id) as contracts, count(distinct project_id) as projects,
    count(distinct fiscal_year) as fiscal_years from installment"

TOKEN="$(token finance)"

URL="http://localhost:$PORT/api/v1/due-payments?dueWithinDays=$WITHIN_DAYS&sort=dueDate&page=0&size=$PAGE_SIZE"
STATUS="$(curl -s -o "$DATA/sample.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL")"
[ "$STATUS" = 200 ] || die "GET due-payments answered $STATUS: $(head -c 300 "$DATA/sample.json")"
say "One answer: $(head -c 400 "$DATA/sample.json")..."

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$RESULTS/$STAMP.txt"
{
  echo "date: $STAMP"
  echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
  echo "endpoint: GET /api/v1/due-payments?dueWithinDays=$WITHIN_DAYS&sort=dueDate&page=0&size=$PAGE_SIZE"
} >"$OUT"

say "Warm-up: wrk -t$THREADS -c$CONNECTIONS -d$WARMUP"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null

say "Measure: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$URL" | tee -a "$OUT"

if [ "${BENCH_SKIP_PGBENCH:-0}" = 1 ]; then
  say "Results written to $OUT"
  exit 0
fi
DUE_BEFORE="$(TZ=Asia/Shanghai date -d "+$WITHIN_DAYS days" +%F)"
AS_OF="$(TZ=Asia/Shanghai date +%F)"
say "pgbench -M prepared -c$CONNECTIONS -j$THREADS: the page query the endpoint sends on every request"
pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" \
  -D due_before="$DUE_BEFORE" -D page_size="$PAGE_SIZE" -D page_offset=0 \
  -f "$HERE/due-payments-page.sql" 2>&1 | grep -E 'tps|latency|transactions' | sed 's/^/page: /' | tee -a "$OUT"

say "pgbench -M prepared -c$CONNECTIONS -j$THREADS: page + totals (what a request costs when the totals are not cached)"
pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" \
  -D due_before="$DUE_BEFORE" -D page_size="$PAGE_SIZE" -D page_offset=0 -D as_of="$AS_OF" \
  -f "$HERE/due-payments-page.sql" -f "$HERE/due-payments-totals.sql" 2>&1 \
  | grep -E 'tps|latency|transactions' | sed 's/^/page+totals: /' | tee -a "$OUT"

say "Plan of the page query"
psql -P pager=off -c "explain (analyze, buffers) $(sed -e "s/:due_before/'$DUE_BEFORE'::date/" -e "s/:page_size/$PAGE_SIZE/" \
  -e 's/:page_offset/0/' -e 's/;$//' "$HERE/due-payments-page.sql")" | tee -a "$OUT"

say "Results written to $OUT"
