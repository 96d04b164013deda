#!/usr/bin/env bash
# Payment-recording benchmark (issue 14); see README.md, section "Payment benchmark".
#
#   payments-service/bench/pay.sh            build if needed, start payments-service on its own embedded PostgreSQL
#                                            under bench/data/pay, load 1,050,000 installments (once), warm up,
#                                            then in turns pgbench -c32 on the SQL transaction of one
#                                            POST /api/v1/installments/{id}/payments (bench/pay.sql) and wrk -c32
#                                            on the endpoint, each client paying distinct open installments with a
#                                            new Idempotency-Key per request; prints both rates and their ratio
#
# bench/pay.sql is the transaction PaymentService.pay runs for a new key: PaymentLedger's statements, word for word
# (BenchmarkSqlTest).
#
# Every payment is 0.01 yuan on an open (DUE or PARTIALLY_PAID) installment, so an installment stays open and both
# runs can pay it again; wrk takes the installments of a pre-selected list in turn (no two requests of a run pay
# the same one while the list lasts), pgbench picks one of the same list at random.
#
# Environment: BENCH_DURATION (each run, default 15s), BENCH_ROUNDS (default 3), BENCH_WARMUP (default 120s: after 60 s the JIT still takes a fifth of the service's CPU),
# BENCH_PORT (default 28083), BENCH_MANAGEMENT_PORT (health, default 29083), BENCH_DATA (default bench/data/pay), BENCH_RELOAD=1,
# BENCH_JAVA_OPTS (default -Xms512m -Xmx512m), BENCH_SKIP_PGBENCH=1.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

DATA="${BENCH_DATA:-$HERE/data/pay}"
PORT="${BENCH_PORT:-28083}"
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-29083}"
DURATION="${BENCH_DURATION:-15s}"
ROUNDS="${BENCH_ROUNDS:-3}"
WARMUP="${BENCH_WARMUP:-120s}"
THREADS=2
CONNECTIONS=32
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms512m -Xmx512m}"

for tool in wrk pgbench psql curl; do command -v "$tool" >/dev/null || die "$tool is missing"; done

build_if_missing
trap stop_service EXIT

say "Starting payments-service on port $PORT (embedded PostgreSQL in $DATA)"
start_service
use_embedded_database
if [ "${BENCH_RELOAD:-0}" = 1 ] || [ "$(psql -qAtc "select count(*) from installment")" -lt 1000000 ]; then
  say "Loading the synthetic data set (bench/load.sql)"
  psql -q -f "$HERE/load.sql"
  stop_service
  start_service
  use_embedded_database
fi

# The open installments both runs pay, in a fixed pseudo-random order; pgbench reads them by number.
psql -q <<'SQL'
drop table if exists bench_open_installment;
create table bench_open_installment as
  select (row_number() over (order by md5(id::text)))::int as n, id
  from installment where status in ('DUE', 'PARTIALLY_PAID');
alter table bench_open_installment add primary key (n);
analyze bench_open_installment;
SQL
OPEN="$(psql -qAtc "select count(*) from bench_open_installment")"
IDS="$DATA/open-installments.txt"
psql -qAtc "select id from bench_open_installment order by n" >"$IDS"
say "$OPEN open installments"

TOKEN="$(token finance)"
TODAY="$(TZ=Asia/Shanghai date +%F)"
RUN="$(date +%s)"

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$RESULTS/pay-$STAMP.txt"
{
  echo "date: $STAMP"
  echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "endpoint: POST /api/v1/installments/{id}/payments (Idempotency-Key), $CONNECTIONS clients, $OPEN open installments"
} >"$OUT"

LUA="$DATA/pay.lua"
cat >"$LUA" <<'LUA'
-- Each thread pays the installments of the list whose position is its number modulo the thread count, in turn,
-- with a new Idempotency-Key per request.
local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end
function init(args)
  ids = {}
  for line in io.lines(os.getenv("PAY_IDS")) do ids[#ids + 1] = line end
  step = tonumber(os.getenv("PAY_THREADS"))
  run = os.getenv("PAY_RUN")
  body = '{"amount":0.01,"paidDate":"' .. os.getenv("PAY_DATE") .. '","voucherNo":"BENCH"}'
  token = "Bearer " .. os.getenv("PAY_TOKEN")
  sent = 0
end
function request()
  local position = (tid + sent * step) % #ids + 1
  sent = sent + 1
  return wrk.format("POST", "/api/v1/installments/" .. ids[position] .. "/payments", {
    ["Authorization"] = token, ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = run .. "-" .. tid .. "-" .. sent }, body)
end
LUA

drive() { # drive <duration> <run>: wrk on the endpoint
  PAY_IDS="$IDS" PAY_THREADS="$THREADS" PAY_RUN="$2" PAY_DATE="$TODAY" PAY_TOKEN="$TOKEN" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency -s "$LUA" "http://localhost:$PORT"
}

say "Warm-up: wrk -t$THREADS -c$CONNECTIONS -d$WARMUP"
drive "$WARMUP" "warm-$RUN" >/dev/null

# pgbench and wrk take turns, BENCH_ROUNDS times: on a machine shared with other work the load changes from one
# minute to the next, and each round's ratio compares two runs made under about the same load.
RATIOS=()
for round in $(seq 1 "$ROUNDS"); do
  if [ "${BENCH_SKIP_PGBENCH:-0}" != 1 ]; then
    say "Round $round: pgbench -M prepared -c$CONNECTIONS -j$THREADS -T${DURATION%s} -f bench/pay.sql"
    pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" -D open="$OPEN" -D paid_date="$TODAY" \
      -D run="pgbench-$RUN-$round" -f "$HERE/pay.sql" 2>&1 | grep -E 'tps|latency|transactions|failed' \
      | sed "s/^/round $round pgbench: /" | tee -a "$OUT"
  fi
  say "Round $round: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (POST payments)"
  drive "$DURATION" "run-$RUN-$round" | sed "s/^/round $round wrk: /" | tee -a "$OUT"
  echo "round $round load average: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
  RPS="$(sed -nE "s/^round $round wrk: Requests\/sec: +([0-9.]+)/\1/p" "$OUT")"
  TPS="$(sed -nE "s/^round $round pgbench: tps = ([0-9.]+).*/\1/p" "$OUT")"
  if [ -n "$TPS" ] && [ -n "$RPS" ]; then
    RATIO="$(awk -v a="$RPS" -v b="$TPS" 'BEGIN { printf "%.3f", a / b }')"
    RATIOS+=("$RATIO")
    echo "round $round: service $RPS payments/s, pgbench $TPS tps, ratio $RATIO" | tee -a "$OUT"
  fi
done
if [ "${#RATIOS[@]}" -gt 0 ]; then
  echo "median ratio of $ROUNDS rounds: $(printf '%s\n' "${RATIOS[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }') (target >= 0.333)" \
    | tee -a "$OUT"
fi
say "Results written to $OUT"
