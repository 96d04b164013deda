#!/usr/bin/env bash
# Benchmark of the Excel export of GET /api/v1/due-payments: 100,000 rows (BENCH_EXPORT_ROWS) of the data set of
# bench/run.sh, downloaded as .xlsx; prints the time and the heap the export adds. See README.md, "Export benchmark".
#
#   payments-service/bench/export.sh         build if needed, start the service on its embedded PostgreSQL
#                                            under bench/data, load bench/load.sql (once), warm up, measure
#
# Extra heap: the service runs with -Xlog:gc; the heap in use after each collection is what the JVM keeps alive.
# Before the export a full collection gives the baseline; the figure is the largest heap after a collection during
# the export less that baseline. The peak heap in use (garbage included, sampled with jstat) is printed too.
#
# CPU: the service JVM's CPU time (user + system) during the download, which on a shared machine says more than
# the wall-clock time about what the export costs.
#
# Environment: BENCH_EXPORT_ROWS (default 100000), BENCH_RUNS (measured downloads, default 3), BENCH_WARMUPS
# (default 2), BENCH_PORT (default 18093), BENCH_MANAGEMENT_PORT (health, default 19093), BENCH_DATA (default
# bench/data), BENCH_JAVA_OPTS (default -Xms512m -Xmx512m), BENCH_RELOAD=1.
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

DATA="${BENCH_DATA:-$HERE/data}"
PORT="${BENCH_PORT:-18093}"
MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-19093}"
ROWS_WANTED="${BENCH_EXPORT_ROWS:-100000}"
RUNS="${BENCH_RUNS:-3}"
WARMUPS="${BENCH_WARMUPS:-2}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms512m -Xmx512m}"
XLSX="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

command -v psql >/dev/null || die "psql is missing (postgresql-client)"
command -v jcmd >/dev/null && command -v jstat >/dev/null || die "jcmd and jstat (JDK) are missing"

build_if_missing
GC_LOG="$DATA/export-gc.log"
trap stop_service EXIT

# The service with its GC log: the heap kept alive after each collection is the export's extra heap.
start_logged_service() {
  rm -f "$GC_LOG"
  start_service -Xlog:gc:file="$GC_LOG"
  use_embedded_database
}

say "Starting payments-service on port $PORT (embedded PostgreSQL in $DATA)"
start_logged_service
if [ "${BENCH_RELOAD:-0}" = 1 ] || [ "$(psql -qAtc "select count(*) from installment")" -lt 1000000 ]; then
  say "Loading the synthetic data set (bench/load.sql)"
  psql -q -f "$HERE/load.sql"
  stop_service
  start_logged_service
fi

# The export covers every installment due up to a day chosen so the set has at least ROWS_WANTED rows.
DUE_BEFORE="$(psql -qAtc "select due_date from installment where due_date is not null
  order by due_date offset $((ROWS_WANTED - 1)) limit 1")"
QUERY="status=DUE,PARTIALLY_PAID,PAID&dueBefore=$DUE_BEFORE&sort=dueDate"

TOKEN="$(token finance)"
URL="http://localhost:$PORT/api/v1/due-payments?$QUERY"

ROWS="$(curl -fs -H "Authorization: Bearer $TOKEN" "$URL&size=1" | sed -E 's/.*"totalItems":([0-9]+).*/\1/')"
say "Export of $ROWS installments: GET /api/v1/due-payments?$QUERY, Accept: $XLSX"

download() { # prints seconds and bytes
  curl -fs -o "$DATA/export.xlsx" -w '%{time_total} %{size_download}\n' \
    -H "Authorization: Bearer $TOKEN" -H "Accept: $XLSX" "$URL"
}

say "Warm-up ($WARMUPS downloads)"
for _ in $(seq 1 "$WARMUPS"); do download >/dev/null; done

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVICE_PID/stat"; }

# Heap in use after collections, in MB, from the GC log lines "...: 300M->41M(512M) 3.1ms".
after_gc_max() { sed -n "$1,\$p" "$GC_LOG" | sed -nE 's/.*[0-9]+M->([0-9]+)M\([0-9]+M\).*/\1/p' | sort -n | tail -1; }

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$RESULTS/export-$STAMP.txt"
{
  echo "date: $STAMP"
  echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "JVM options: $JAVA_OPTS"
  echo "export: $ROWS rows, GET /api/v1/due-payments?$QUERY, Accept: $XLSX"
} | tee "$OUT"

for run in $(seq 1 "$RUNS"); do
  jcmd "$SERVICE_PID" GC.run >/dev/null
  sleep 1
  FROM="$(($(wc -l <"$GC_LOG") + 1))"
  BASELINE="$(sed -n "$((FROM - 1))p" "$GC_LOG" | sed -nE 's/.*[0-9]+M->([0-9]+)M\([0-9]+M\).*/\1/p')"
  jstat -gc "$SERVICE_PID" 100 >"$DATA/jstat.txt" &
  JSTAT=$!
  CPU_BEFORE="$(cpu_ticks)"
  read -r SECONDS_TAKEN BYTES < <(download)
  CPU_SECONDS="$(awk -v a="$CPU_BEFORE" -v b="$(cpu_ticks)" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (b - a) / hz }')"
  kill "$JSTAT"; wait "$JSTAT" 2>/dev/null || true
  AFTER="$(after_gc_max "$FROM")"
  # jstat columns S0U S1U EU OU (KB): the heap in use, garbage included.
  PEAK_USED="$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; if (used > max) max = used } END { printf "%d", max }' "$DATA/jstat.txt")"
  printf 'run %d: %.2f s (service CPU %s s), %d bytes; heap after GC: baseline %s MB, largest during the export %s MB, extra %s MB; peak heap in use (garbage included) %s MB\n' \
    "$run" "$SECONDS_TAKEN" "$CPU_SECONDS" "$BYTES" "$BASELINE" "${AFTER:-$BASELINE}" "$(( ${AFTER:-$BASELINE} - BASELINE ))" "$PEAK_USED" | tee -a "$OUT"
done

say "Results written to $OUT (targets: under 5 s, under 100 MB extra heap)"
