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

HERE="$(cd "$(dirname "$0")" && pwd)"
MODULE="$(dirname "$HERE")"
ROOT="$(dirname "$MODULE")"
DATA="${BENCH_DATA:-$HERE/data}"
PORT="${BENCH_PORT:-18083}"
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-19083}"
DURATION="${BENCH_DURATION:-30s}"
WARMUP="${BENCH_WARMUP:-20s}"
THREADS=2
CONNECTIONS=32
PAGE_SIZE=50
WITHIN_DAYS=30
JAR="$MODULE/target/quarkus-app/quarkus-run.jar"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms512m -Xmx512m}"
RESULTS="$HERE/results"
ISSUER="budget-platform-local"

say() { printf '\n== %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
command -v pgbench >/dev/null || die "pgbench is missing (postgresql-client)"
command -v psql >/dev/null || die "psql is missing (postgresql-client)"

if [ ! -f "$JAR" ]; then
  say "Building payments-service"
  (cd "$ROOT" && ./mvnw -q -B -pl payments-service -am package -DskipTests)
fi

mkdir -p "$DATA" "$RESULTS"
SERVICE_PID=""
stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
}
trap stop_service EXIT

say "Starting payments-service on port $PORT (embedded PostgreSQL in $DATA)"
# No datasource URL: the service starts its own PostgreSQL with its data under $DATA/payments-service.
# The other services are not needed by the endpoint measured here.
java $JAVA_OPTS -Dbudget.data-dir="$DATA" -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" \
  -Dquarkus.log.console.level=WARN -jar "$JAR" >"$DATA/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$MANAGEMENT_PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$SERVICE_PID" 2>/dev/null || die "the service stopped; see $DATA/service.log"
  sleep 1
done
curl -fs "http://localhost:$MANAGEMENT_PORT/q/health/ready" >/dev/null || die "the service is not ready; see $DATA/service.log"

PG_PORT="$(sed -n 4p "$DATA/payments-service/postgres/postmaster.pid")"
# The embedded server requires the password it generated on its first start.
export PGHOST=localhost PGPORT="$PG_PORT" PGUSER=postgres PGDATABASE=postgres
PGPASSWORD="$(cat "$DATA/payments-service/postgres-password")"
export PGPASSWORD
psql -qAtc "select 1" >/dev/null || die "cannot reach the service's PostgreSQL on port $PG_PORT"

ROWS="$(psql -qAtc "select count(*) from installment")"
if [ "${BENCH_RELOAD:-0}" = 1 ] || [ "$ROWS" -lt 1000000 ]; then
  say "Loading the synthetic data set (bench/load.sql)"
  psql -q -f "$HERE/load.sql"
  # Restart so that nothing computed before the load (cached totals) survives it.
  stop_service
  java $JAVA_OPTS -Dbudget.data-dir="$DATA" -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" \
    -Dquarkus.log.console.level=WARN -jar "$JAR" >"$DATA/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$MANAGEMENT_PORT/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  PG_PORT="$(sed -n 4p "$DATA/payments-service/postgres/postmaster.pid")"
  export PGPORT="$PG_PORT"
fi

say "Data set"
psql -P pager=off -c "select count(*) as installments,
    count(*) filter (where status in ('DUE', 'PARTIALLY_PAID')) as open,
    count(*) filter (where status in ('DUE', 'PARTIALLY_PAID') and due_date <= current_date + $WITHIN_DAYS) as due_30d_or_overdue,
    count(distinct plan_id) as contracts, count(distinct project_id) as projects,
    count(distinct fiscal_year) as fiscal_years from installment"

# A finance token signed with the local key the service trusts (made on its first start).
now="$(date +%s)"
header="$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)"
payload="$(printf '{"iss":"%s","sub":"bench","upn":"bench","groups":["finance"],"iat":%d,"exp":%d}' \
  "$ISSUER" "$now" "$((now + 3600))" | b64url)"
signature="$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$DATA/keys/private.pem" | b64url)"
TOKEN="$header.$payload.$signature"

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
