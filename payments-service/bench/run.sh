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

INSTALLMENTS="${BENCH_INSTALLMENTS:-1050000}"
# Each size has its own data directory, so that measuring one never reloads the other.
if [ "$INSTALLMENTS" = 1050000 ]; then DEFAULT_DATA="$HERE/data"; else DEFAULT_DATA="$HERE/data-$INSTALLMENTS"; fi
DATA="${BENCH_DATA:-$DEFAULT_DATA}"
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
if [ "${BENCH_RELOAD:-0}" = 1 ] || [ "$ROWS" -ne "$INSTALLMENTS" ]; then
  say "Loading the synthetic data set (bench/load.sql, $INSTALLMENTS installments)"
  # The service stays idle meanwhile; stopping it spares its memory during a long load.
  kill "$SERVICE_PID" && wait "$SERVICE_PID" 2>/dev/null || true
  psql -q -v installments="$INSTALLMENTS" -f "$HERE/load.sql"
  if [ "${BENCH_LOAD_ONLY:-0}" = 1 ]; then
    say "Loaded; BENCH_LOAD_ONLY=1 stops here"
    exit 0
  fi
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

# Milliseconds a curl of $1 takes (the whole answer read), with extra curl options after it.
timed() {
  local url="$1"
  shift
  curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$@" "$url" \
    | awk '{ printf "%.1f\n", $1 * 1000 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Moves the read-model version as any committed change does (a no-op update notifies like a real one).
touch_read_model() {
  psql -qAtc "update installment set updated_at = updated_at where id = (select min(id) from installment)" >/dev/null
  sleep 0.5
}

say "Warm-up: wrk -t$THREADS -c$CONNECTIONS -d$WARMUP"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null

say "Measure (a) plain: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$URL" \
  | tee "$DATA/wrk-plain.txt" | tee -a "$OUT"

ETAG="$(curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')"
[ -n "$ETAG" ] || die "GET due-payments answered without an ETag"
STATUS="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H "If-None-Match: $ETAG" "$URL")"
[ "$STATUS" = 304 ] || die "GET due-payments with If-None-Match answered $STATUS, not 304"
say "Measure (b) revalidation, If-None-Match: $ETAG (304): wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" \
  -H "If-None-Match: $ETAG" "$URL" | tee "$DATA/wrk-304.txt" | sed 's/^/304: /' | tee -a "$OUT"

REPEAT=5
FORECAST_URL="http://localhost:$PORT/api/v1/cash-forecast"
SUMMARY_URL="http://localhost:$PORT/api/v1/due-payments/summary?dueWithinDays=$WITHIN_DAYS"
say "Cash forecast (12 months) and due-payments summary: median of $REPEAT, cold (first after a change) and cached"
for name in forecast summary; do
  if [ "$name" = forecast ]; then target="$FORECAST_URL"; else target="$SUMMARY_URL"; fi
  cold="$(for _ in $(seq "$REPEAT"); do touch_read_model; timed "$target"; done | median)"
  cached="$(for _ in $(seq "$REPEAT"); do timed "$target"; done | median)"
  echo "$name: cold ${cold} ms, cached ${cached} ms (median of $REPEAT)" | tee -a "$OUT"
done

if [ "${BENCH_SKIP_PGBENCH:-0}" = 1 ]; then
  say "Results written to $OUT"
  exit 0
fi
DUE_BEFORE="$(TZ=Asia/Shanghai date -d "+$WITHIN_DAYS days" +%F)"
AS_OF="$(TZ=Asia/Shanghai date +%F)"
say "pgbench -M prepared -c$CONNECTIONS -j$THREADS: the page query the endpoint sends when its answer is not kept"
pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" \
  -D due_before="$DUE_BEFORE" -D page_size="$PAGE_SIZE" -D page_offset=0 \
  -f "$HERE/due-payments-page.sql" 2>&1 | grep -E 'tps|latency|transactions' | sed 's/^/page: /' \
  | tee "$DATA/pgbench-page.txt" | tee -a "$OUT"

say "pgbench -M prepared -c$CONNECTIONS -j$THREADS: page + totals (what a request costs when nothing is kept)"
pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" \
  -D due_before="$DUE_BEFORE" -D page_size="$PAGE_SIZE" -D page_offset=0 -D as_of="$AS_OF" \
  -f "$HERE/due-payments-page.sql" -f "$HERE/due-payments-totals.sql" 2>&1 \
  | grep -E 'tps|latency|transactions' | sed 's/^/page+totals: /' | tee -a "$OUT"

say "Plan of the page query"
psql -P pager=off -c "explain (analyze, buffers) $(sed -e "s/:due_before/'$DUE_BEFORE'::date/" -e "s/:page_size/$PAGE_SIZE/" \
  -e 's/:page_offset/0/' -e 's/;$//' "$HERE/due-payments-page.sql")" | tee -a "$OUT"

# wrk writes "Requests/sec: N" and "99% 12.34ms" (or us, s); pgbench "tps = N" and "latency average = N ms".
ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
              else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }'; }
wrk_rate() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
wrk_p99() { awk '$1 == "99%" { print $2 }' "$1" | ms; }
PG_RATE="$(awk '/tps =/ { for (i = 1; i <= NF; i++) if ($i == "=") { print $(i + 1); exit } }' "$DATA/pgbench-page.txt")"
PG_MEAN="$(awk '/latency average/ { for (i = 1; i <= NF; i++) if ($i == "=") { print $(i + 1); exit } }' \
  "$DATA/pgbench-page.txt")"
say "Summary (page 0, $CONNECTIONS connections)"
{
  echo "pgbench page SQL: $PG_RATE tps, mean latency $PG_MEAN ms (p99 target: <= $(awk -v m="$PG_MEAN" 'BEGIN { printf "%.2f", 4 * m }') ms)"
  for kind in plain 304; do
    rate="$(wrk_rate "$DATA/wrk-$kind.txt")"
    p99="$(wrk_p99 "$DATA/wrk-$kind.txt")"
    awk -v k="$kind" -v r="$rate" -v p="$p99" -v pr="$PG_RATE" -v pm="$PG_MEAN" 'BEGIN {
      printf "wrk %-5s: %s req/s, p99 %s ms; rate ratio %.2f x pgbench (target >= 1.0), p99 %.2f x pgbench mean (target <= 4)\n",
        k, r, p, r / pr, p / pm }'
  done
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$OUT"

say "Results written to $OUT"
