#!/usr/bin/env bash
# Hostile-list benchmark (issue 11, class 6); see README.md, section "Hostile input".
#
#   payments-service/bench/hostile-list.sh   build if needed, start payments-service on its own embedded PostgreSQL
#                                            under bench/data, then POST /api/v1/payment-plans with 100,000 empty
#                                            installments (a 300 KB body), one at a time and four at once, and
#                                            print the answer, its time (curl's total: sending the body included)
#                                            and the heap the request allocated
#
# The heap figure is what the JVM allocated while the request ran: the used heap (jstat) just before and just
# after it, with a full GC before each request and the serial collector, so that the used heap grows by exactly
# what the request allocated (a line says so when a collection ran in between, then the figure is a lower bound).
#
# Environment: BENCH_RUNS (default 10), BENCH_PORT (default 18083), BENCH_MANAGEMENT_PORT (health, default 19083),
# BENCH_DATA (default bench/data),
# BENCH_JAVA_OPTS (default -Xms512m -Xmx512m -XX:+UseSerialGC).
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

DATA="${BENCH_DATA:-$HERE/data}"
PORT="${BENCH_PORT:-18083}"
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-19083}"
RUNS="${BENCH_RUNS:-10}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseSerialGC}"
ELEMENTS=100000

for tool in curl openssl jcmd jstat; do command -v "$tool" >/dev/null || die "$tool is missing"; done

build_if_missing
WORK="$(mktemp -d)"
trap 'stop_service; rm -rf "$WORK"' EXIT

say "Starting payments-service on port $PORT (embedded PostgreSQL in $DATA; $JAVA_OPTS)"
# The request is refused while its body is read, before any call to the other services: they are not needed.
start_service

TOKEN="$(token pm)"

BODY="$WORK/hostile.json"
{
  printf '{"contractId":1,"installments":['
  awk -v n="$ELEMENTS" 'BEGIN { for (i = 1; i < n; i++) printf "{},"; printf "{}" }'
  printf ']}'
} >"$BODY"
URL="http://localhost:$PORT/api/v1/payment-plans"

# Used heap in KB and the number of collections so far (jstat -gc: S0U S1U EU OU, YGC FGC).
heap() {
  jstat -gc "$SERVICE_PID" | awk 'NR==1 { for (i = 1; i <= NF; i++) col[$i] = i }
    NR==2 { printf "%d %d\n", $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"], $col["YGC"] + $col["FGC"] }'
}

post() {
  curl -s -o "$1" -w '%{http_code} %{time_total}\n' \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @"$BODY" "$URL"
}

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$RESULTS/hostile-list-$STAMP.txt"
{
  echo "date: $STAMP"
  echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1), $JAVA_OPTS"
  echo "request: POST /api/v1/payment-plans, $ELEMENTS empty installments, $(wc -c <"$BODY") bytes"
} | tee "$OUT"

say "One at a time ($RUNS runs; run 1 is the service's first request of this kind: class loading, no JIT yet)"
printf '%-4s %-6s %-12s %-14s %s\n' run status total_ms allocated_kb note | tee -a "$OUT"
for run in $(seq 1 "$RUNS"); do
  jcmd "$SERVICE_PID" GC.run >/dev/null
  read -r used_before gcs_before < <(heap)
  read -r status total < <(post "$WORK/answer-$run.json")
  read -r used_after gcs_after < <(heap)
  note=""
  [ "$gcs_after" = "$gcs_before" ] || note="a collection ran: lower bound"
  awk -v r="$run" -v s="$status" -v t="$total" -v a="$((used_after - used_before))" -v n="$note" \
    'BEGIN { printf "%-4s %-6s %-12.1f %-14d %s\n", r, s, t * 1000, a, n }' | tee -a "$OUT"
done
echo "answer: $(head -c 600 "$WORK/answer-1.json") ($(wc -c <"$WORK/answer-1.json") bytes)" | tee -a "$OUT"

say "Four at once"
jcmd "$SERVICE_PID" GC.run >/dev/null
read -r used_before gcs_before < <(heap)
CLIENTS=()
for i in 1 2 3 4; do
  post "$WORK/parallel-$i.json" >"$WORK/parallel-$i.txt" &
  CLIENTS+=("$!")
done
wait "${CLIENTS[@]}"
read -r used_after gcs_after < <(heap)
for i in 1 2 3 4; do
  read -r status total <"$WORK/parallel-$i.txt"
  awk -v s="$status" -v t="$total" 'BEGIN { printf "status %s, total %.1f ms\n", s, t * 1000 }' | tee -a "$OUT"
done
echo "allocated by the four together: $((used_after - used_before)) KB$([ "$gcs_after" = "$gcs_before" ] || echo ' (a collection ran: lower bound)')" \
  | tee -a "$OUT"

say "Results written to $OUT"
