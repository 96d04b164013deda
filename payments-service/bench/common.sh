# What the benchmarks of this folder share; sourced by run.sh, export.sh and hostile-list.sh after they set DATA,
# PORT, MANAGEMENT_PORT and JAVA_OPTS. Starts payments-service alone on its own embedded PostgreSQL under $DATA (the
# local platform's local-database.jar; the endpoints measured need no other service) and signs tokens with the key
# ./platform makes there.

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MODULE="$(dirname "$HERE")"
ROOT="$(dirname "$MODULE")"
JAR="$MODULE/target/quarkus-app/quarkus-run.jar"
DATABASES_JAR="$ROOT/local-database/target/local-database.jar"
RESULTS="$HERE/results"

say() { printf '\n== %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

build_if_missing() {
  if [ ! -f "$JAR" ] || [ ! -f "$DATABASES_JAR" ]; then
    say "Building payments-service"
    (cd "$ROOT" && ./mvnw -q -B -pl payments-service -am package -DskipTests </dev/null)
  fi
  mkdir -p "$DATA" "$RESULTS"
}

SERVICE_PID=""
DATABASE_PID=""
# Stops the service, then its database.
stop_service() {
  local pid
  for pid in "$SERVICE_PID" "$DATABASE_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
}

# The service's database, as ./platform runs it: local-database.jar writes its JDBC URL once it accepts connections.
start_database() {
  rm -f "$DATA/payments-service/postgres-url"
  java -Xmx64m -XX:+UseSerialGC -jar "$DATABASES_JAR" "$DATA" payments-service \
    >"$DATA/database.log" 2>&1 </dev/null &
  DATABASE_PID=$!
  for _ in $(seq 1 360); do
    [ -s "$DATA/payments-service/postgres-url" ] && return
    kill -0 "$DATABASE_PID" 2>/dev/null || die "the database stopped; see $DATA/database.log"
    sleep 0.5
  done
  die "the database is not ready after 180 s; see $DATA/database.log"
}

# start_service [JVM option ...]: starts the database, then the jar with JAVA_OPTS and the options given, and waits
# until it is ready.
start_service() {
  ! curl -s -o /dev/null "http://localhost:$PORT/" || die "port $PORT is taken; set BENCH_PORT"
  start_database
  token admin >/dev/null # makes the signing key under $DATA/keys on first use
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  QUARKUS_DATASOURCE_JDBC_URL="$(cat "$DATA/payments-service/postgres-url")" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD="$(cat "$DATA/payments-service/postgres-password")" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$DATA/keys/public.pem" \
  java $JAVA_OPTS "$@" -Dquarkus.http.port="$PORT" \
    -Dquarkus.management.port="$MANAGEMENT_PORT" -Dquarkus.log.console.level=WARN \
    -jar "$JAR" >"$DATA/service.log" 2>&1 </dev/null &
  SERVICE_PID=$!
  local ready="http://localhost:$MANAGEMENT_PORT/q/health/ready"
  # BENCH_START_SECONDS: a migration that indexes 10 M rows on a busy machine takes longer than the default.
  for _ in $(seq 1 "${BENCH_START_SECONDS:-180}"); do
    curl -fs "$ready" >/dev/null 2>&1 && return
    kill -0 "$SERVICE_PID" 2>/dev/null || die "the service stopped; see $DATA/service.log"
    sleep 1
  done
  die "the service is not ready after ${BENCH_START_SECONDS:-180} s; see $DATA/service.log"
}

# psql and pgbench reach the embedded server with the password it generated on its first start.
use_embedded_database() {
  export PGHOST=localhost PGUSER=postgres PGDATABASE=postgres
  PGPORT="$(sed -n 4p "$DATA/payments-service/postgres/postmaster.pid")"
  PGPASSWORD="$(cat "$DATA/payments-service/postgres-password")"
  export PGPORT PGPASSWORD
}

# A bearer token of a role, signed by ./platform with its key under $DATA (made on first use).
token() {
  PLATFORM_DATA="$DATA" "$ROOT/platform" token "$1"
}

# ---- projects-service beside payments-service (dashboard.sh): its own embedded PostgreSQL under $DATA too, on
# PROJECTS_PORT / PROJECTS_MANAGEMENT_PORT, tokens checked with the same key.
PROJECTS_JAR="$ROOT/projects-service/target/quarkus-app/quarkus-run.jar"
PROJECTS_PID=""
PROJECTS_DATABASE_PID=""

stop_projects_service() {
  local pid
  for pid in "$PROJECTS_PID" "$PROJECTS_DATABASE_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
}

# start_projects_service [JVM option ...]: as start_service, for projects-service.
start_projects_service() {
  ! curl -s -o /dev/null "http://localhost:$PROJECTS_PORT/" || die "port $PROJECTS_PORT is taken"
  rm -f "$DATA/projects-service/postgres-url"
  java -Xmx64m -XX:+UseSerialGC -jar "$DATABASES_JAR" "$DATA" projects-service \
    >"$DATA/projects-database.log" 2>&1 </dev/null &
  PROJECTS_DATABASE_PID=$!
  for _ in $(seq 1 360); do
    [ -s "$DATA/projects-service/postgres-url" ] && break
    kill -0 "$PROJECTS_DATABASE_PID" 2>/dev/null || die "projects' database stopped; see $DATA/projects-database.log"
    sleep 0.5
  done
  [ -s "$DATA/projects-service/postgres-url" ] || die "projects' database is not ready after 180 s"
  token admin >/dev/null
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  QUARKUS_DATASOURCE_JDBC_URL="$(cat "$DATA/projects-service/postgres-url")" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD="$(cat "$DATA/projects-service/postgres-password")" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$DATA/keys/public.pem" \
  java $JAVA_OPTS "$@" -Dquarkus.http.port="$PROJECTS_PORT" \
    -Dquarkus.management.port="$PROJECTS_MANAGEMENT_PORT" -Dquarkus.log.console.level=WARN \
    -jar "$PROJECTS_JAR" >"$DATA/projects-service.log" 2>&1 </dev/null &
  PROJECTS_PID=$!
  for _ in $(seq 1 180); do
    curl -fs "http://localhost:$PROJECTS_MANAGEMENT_PORT/q/health/ready" >/dev/null 2>&1 && return
    kill -0 "$PROJECTS_PID" 2>/dev/null || die "projects-service stopped; see $DATA/projects-service.log"
    sleep 1
  done
  die "projects-service is not ready after 180 s; see $DATA/projects-service.log"
}

# psql to projects-service's embedded database (sets PG* for the commands that follow).
use_projects_database() {
  export PGHOST=localhost PGUSER=postgres PGDATABASE=postgres
  PGPORT="$(sed -n 4p "$DATA/projects-service/postgres/postmaster.pid")"
  PGPASSWORD="$(cat "$DATA/projects-service/postgres-password")"
  export PGPORT PGPASSWORD
}

# time_requests N TOKEN URL: N sequential GETs that must answer 200; prints "median p95 max" in ms.
time_requests() {
  local n="$1" bearer="$2" url="$3" times="$DATA/times.txt" out
  : >"$times"
  for _ in $(seq 1 "$n"); do
    out="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $bearer" "$url")"
    [ "${out%% *}" = 200 ] || die "GET $url answered ${out%% *}"
    echo "${out#* }" >>"$times"
  done
  sort -n "$times" | awk '{ t[NR] = $1 * 1000 } END {
    p95 = int(NR * 0.95 + 0.999); if (p95 > NR) p95 = NR
    median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "%.1f %.1f %.1f\n", median, t[p95], t[NR] }'
}
