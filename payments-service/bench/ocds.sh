#!/usr/bin/env bash
# The fiscal-year OCDS package and one page of the plan list on the bench data set (issue 14); see README.md,
# section "OCDS and list benchmark".
#
#   payments-service/bench/ocds.sh           build if needed, start payments-service on its own embedded PostgreSQL
#                                            under bench/data/pay with a 256 MB heap, load 1,050,000 installments
#                                            (once), then download GET /api/v1/ocds/release-packages/2026 (about
#                                            4,200 contracts) BENCH_RUNS times and GET /api/v1/payment-plans?size=50
#                                            once, and print times, sizes and the heap in use after collections
#
# The heap is small on purpose: a package held whole in memory would not fit; the largest heap in use after a
# collection during the downloads (GC log) is printed.
#
# Environment: BENCH_RUNS (default 3), BENCH_YEAR (default 2026), BENCH_PORT (default 28083),
# BENCH_MANAGEMENT_PORT (default 29083), BENCH_DATA (default bench/data/pay), BENCH_JAVA_OPTS (default
# -Xms256m -Xmx256m), BENCH_RELOAD=1.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

DATA="${BENCH_DATA:-$HERE/data/pay}"
PORT="${BENCH_PORT:-28083}"
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-29083}"
RUNS="${BENCH_RUNS:-3}"
YEAR="${BENCH_YEAR:-2026}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms256m -Xmx256m}"
GC_LOG="$DATA/ocds-gc.log"

for tool in psql curl; do command -v "$tool" >/dev/null || die "$tool is missing"; done

build_if_missing
trap stop_service EXIT

say "Starting payments-service on port $PORT (embedded PostgreSQL in $DATA; $JAVA_OPTS)"
rm -f "$GC_LOG"
start_service -Xlog:gc:file="$GC_LOG"
use_embedded_database
if [ "${BENCH_RELOAD:-0}" = 1 ] || [ "$(psql -qAtc "select count(*) from installment")" -lt 1000000 ]; then
  say "Loading the synthetic data set (bench/load.sql)"
  psql -q -f "$HERE/load.sql"
  stop_service
  start_service -Xlog:gc:file="$GC_LOG"
  use_embedded_database
fi

CONTRACTS="$(psql -qAtc "select count(*) from payment_plan where fiscal_year = $YEAR and contract_id is not null")"
INSTALLMENTS="$(psql -qAtc "select count(*) from installment i join payment_plan p on p.id = i.plan_id
  where p.fiscal_year = $YEAR and p.contract_id is not null and i.status <> 'CANCELLED'")"
TOKEN="$(token viewer)"

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$RESULTS/ocds-$STAMP.txt"
{
  echo "date: $STAMP"
  echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1); service $JAVA_OPTS"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "GET /api/v1/ocds/release-packages/$YEAR: $CONTRACTS contracts with a plan, $INSTALLMENTS installments"
} | tee "$OUT"

# Heap in use after each collection, in MB, from the GC log lines "...: 300M->41M(512M) 3.1ms".
after_gc_max() { sed -n "$1,\$p" "$GC_LOG" | sed -nE 's/.*[0-9]+M->([0-9]+)M\([0-9]+M\).*/\1/p' | sort -n | tail -1; }
MARK="$(wc -l <"$GC_LOG")"

# The service JVM's CPU time (user + system, in seconds) says more than the wall-clock time on a shared machine.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$SERVICE_PID/stat"; }

for run in $(seq 1 "$RUNS"); do
  BEFORE="$(cpu_seconds)"
  RESULT="$(curl -s -o "$DATA/ocds.json" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' \
    -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/ocds/release-packages/$YEAR")"
  read -r status first total bytes <<<"$RESULT"
  [ "$status" = 200 ] || die "the package answered $status: $(head -c 300 "$DATA/ocds.json")"
  RELEASES="$(grep -o '"ocid":' "$DATA/ocds.json" | wc -l)"
  CPU="$(awk -v a="$BEFORE" -v b="$(cpu_seconds)" 'BEGIN { printf "%.1f", b - a }')"
  echo "package run $run: HTTP $status, first byte ${first} s, total ${total} s, service CPU ${CPU} s, $bytes bytes," \
    "$RELEASES releases" \
    | tee -a "$OUT"
done
echo "largest heap in use after a collection during the downloads: $(after_gc_max "$((MARK + 1))") MB" | tee -a "$OUT"

RESULT="$(curl -s -o "$DATA/plans.json" -w '%{http_code} %{time_total} %{size_download}' \
  -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/payment-plans?size=50")"
read -r status total bytes <<<"$RESULT"
echo "GET /api/v1/payment-plans?size=50: HTTP $status, ${total} s, $bytes bytes" | tee -a "$OUT"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
say "Results written to $OUT"
