#!/usr/bin/env bash
# Benchmark of the budget-document import, end to end over HTTP (not a test): starts the packaged
# projects-service on a free port with a throw-away embedded PostgreSQL (local-database.jar, as ./platform runs it), runs ImportBenchmark, prints the
# figures and the server-side parse times, and stops the service it started.
# Usage: projects-service/bench/run-import-benchmark.sh [runs]   (default 20)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/projects-service/target/quarkus-app/quarkus-run.jar"
DATABASES_JAR="$ROOT/local-database/target/local-database.jar"
RUNS="${1:-20}"

if [ ! -f "$JAR" ] || [ ! -f "$DATABASES_JAR" ]; then
  echo "Building projects-service (./mvnw -pl projects-service -am package -DskipTests)..."
  (cd "$ROOT" && ./mvnw -q -B -pl projects-service -am package -DskipTests)
fi

DATA="$(mktemp -d /tmp/projects-bench-XXXXXX)"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
MANAGEMENT_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
java -Xmx64m -XX:+UseSerialGC -jar "$DATABASES_JAR" "$DATA" projects-service >"$DATA/database.log" 2>&1 </dev/null &
DATABASE_PID=$!
PID=""
cleanup() {
  for pid in $PID $DATABASE_PID; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$DATA"
}
trap cleanup EXIT
for _ in $(seq 1 360); do
  [ -s "$DATA/projects-service/postgres-url" ] && break
  kill -0 "$DATABASE_PID" 2>/dev/null || { cat "$DATA/database.log"; exit 1; }
  sleep 0.5
done
TOKEN="$(PLATFORM_DATA="$DATA" "$ROOT/platform" token admin)" # makes the signing key under $DATA/keys on first use
QUARKUS_DATASOURCE_JDBC_URL="$(cat "$DATA/projects-service/postgres-url")" QUARKUS_DATASOURCE_USERNAME=postgres \
QUARKUS_DATASOURCE_PASSWORD="$(cat "$DATA/projects-service/postgres-password")" \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$DATA/keys/public.pem" \
java -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" \
  -jar "$JAR" >"$DATA/service.log" 2>&1 </dev/null &
PID=$!

for _ in $(seq 1 120); do
  curl -fs "http://localhost:$MANAGEMENT_PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { cat "$DATA/service.log"; exit 1; }
  sleep 1
done
echo "projects-service (pid $PID) ready on port $PORT, data in $DATA"

java "$ROOT/projects-service/bench/ImportBenchmark.java" --url "http://localhost:$PORT" \
  --token "$TOKEN" --runs "$RUNS" \
  --document "$ROOT/projects-service/src/main/resources/seed/songjiang-zwfw-2026-budget.md"

echo "Server-side parse + reconciliation of each new document (ms):"
grep -o 'Parsed budget document [^:]*in [0-9]* ms' "$DATA/service.log" | awk '{print $(NF-1)}' | tr '\n' ' '
echo
