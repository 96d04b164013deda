# What the benchmarks of this folder share; sourced by run.sh, export.sh and hostile-list.sh after they set DATA,
# PORT, MANAGEMENT_PORT and JAVA_OPTS. Starts payments-service alone on its embedded PostgreSQL under $DATA (the
# endpoints measured need no other service) and signs tokens with the key that service made there.

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MODULE="$(dirname "$HERE")"
ROOT="$(dirname "$MODULE")"
JAR="$MODULE/target/quarkus-app/quarkus-run.jar"
RESULTS="$HERE/results"

say() { printf '\n== %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

build_if_missing() {
  if [ ! -f "$JAR" ]; then
    say "Building payments-service"
    (cd "$ROOT" && ./mvnw -q -B -pl payments-service -am package -DskipTests </dev/null)
  fi
  mkdir -p "$DATA" "$RESULTS"
}

SERVICE_PID=""
stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
}

# start_service [JVM option ...]: starts the jar with JAVA_OPTS and the options given, waits until it is ready.
start_service() {
  ! curl -s -o /dev/null "http://localhost:$PORT/" || die "port $PORT is taken; set BENCH_PORT"
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  java $JAVA_OPTS "$@" -Dbudget.data-dir="$DATA" -Dquarkus.http.port="$PORT" \
    -Dquarkus.management.port="$MANAGEMENT_PORT" -Dquarkus.log.console.level=WARN \
    -jar "$JAR" >"$DATA/service.log" 2>&1 </dev/null &
  SERVICE_PID=$!
  local ready="http://localhost:$MANAGEMENT_PORT/q/health/ready"
  for _ in $(seq 1 180); do
    curl -fs "$ready" >/dev/null 2>&1 && return
    kill -0 "$SERVICE_PID" 2>/dev/null || die "the service stopped; see $DATA/service.log"
    sleep 1
  done
  die "the service is not ready after 180 s; see $DATA/service.log"
}

# psql and pgbench reach the embedded server with the password it generated on its first start.
use_embedded_database() {
  export PGHOST=localhost PGUSER=postgres PGDATABASE=postgres
  PGPORT="$(sed -n 4p "$DATA/payments-service/postgres/postmaster.pid")"
  PGPASSWORD="$(cat "$DATA/payments-service/postgres-password")"
  export PGPORT PGPASSWORD
}

# A bearer token of a role, signed by ./platform with the key the service made under $DATA.
token() {
  PLATFORM_DATA="$DATA" "$ROOT/platform" token "$1"
}
