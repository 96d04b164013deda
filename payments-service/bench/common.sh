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
PROJECTS_PID=""
PROJECTS_DATABASE_PID=""

# stop_processes PID ...: stops each process still running, in the order given.
stop_processes() {
  local pid
  for pid in "$@"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
}

# Stops the service, then its database.
stop_service() { stop_processes "$SERVICE_PID" "$DATABASE_PID"; }

# launch_database NAME: NAME's own database under $DATA/NAME, as ./platform runs it: local-database.jar writes its
# JDBC URL once it accepts connections. Sets LAUNCHED_PID.
launch_database() {
  local name="$1"
  rm -f "$DATA/$name/postgres-url"
  java -Xmx64m -XX:+UseSerialGC -jar "$DATABASES_JAR" "$DATA" "$name" >"$DATA/$name-database.log" 2>&1 </dev/null &
  LAUNCHED_PID=$!
  for _ in $(seq 1 360); do
    [ -s "$DATA/$name/postgres-url" ] && return
    kill -0 "$LAUNCHED_PID" 2>/dev/null || die "$name's database stopped; see $DATA/$name-database.log"
    sleep 0.5
  done
  die "$name's database is not ready after 180 s; see $DATA/$name-database.log"
}

start_database() {
  launch_database payments-service
  DATABASE_PID=$LAUNCHED_PID
}

# launch_service NAME JAR PORT MANAGEMENT_PORT [JVM option ...]: runs the jar with JAVA_OPTS and the options given on
# NAME's database (started before), checking tokens with the key under $DATA, and waits until it is ready
# (BENCH_START_SECONDS, default 180: a migration that indexes 10 M rows on a busy machine takes longer). Sets
# LAUNCHED_PID.
launch_service() {
  local name="$1" jar="$2" port="$3" management_port="$4"
  shift 4
  token admin >/dev/null # makes the signing key under $DATA/keys on first use
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  QUARKUS_DATASOURCE_JDBC_URL="$(cat "$DATA/$name/postgres-url")" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD="$(cat "$DATA/$name/postgres-password")" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$DATA/keys/public.pem" \
  java $JAVA_OPTS "$@" -Dquarkus.http.port="$port" \
    -Dquarkus.management.port="$management_port" -Dquarkus.log.console.level=WARN \
    -jar "$jar" >"$DATA/$name.log" 2>&1 </dev/null &
  LAUNCHED_PID=$!
  for _ in $(seq 1 "${BENCH_START_SECONDS:-180}"); do
    curl -fs "http://localhost:$management_port/q/health/ready" >/dev/null 2>&1 && return
    kill -0 "$LAUNCHED_PID" 2>/dev/null || die "$name stopped; see $DATA/$name.log"
    sleep 1
  done
  die "$name is not ready after ${BENCH_START_SECONDS:-180} s; see $DATA/$name.log"
}

# start_service [JVM option ...]: payments-service on its database, on PORT / MANAGEMENT_PORT.
start_service() {
  ! curl -s -o /dev/null "http://localhost:$PORT/" || die "port $PORT is taken; set BENCH_PORT"
  start_database
  launch_service payments-service "$JAR" "$PORT" "$MANAGEMENT_PORT" "$@"
  SERVICE_PID=$LAUNCHED_PID
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
stop_projects_service() { stop_processes "$PROJECTS_PID" "$PROJECTS_DATABASE_PID"; }

# start_projects_service [JVM option ...]: as start_service, for projects-service.
start_projects_service() {
  ! curl -s -o /dev/null "http://localhost:$PROJECTS_PORT/" || die "port $PROJECTS_PORT is taken"
  launch_database projects-service
  PROJECTS_DATABASE_PID=$LAUNCHED_PID
  launch_service projects-service "$PROJECTS_JAR" "$PROJECTS_PORT" "$PROJECTS_MANAGEMENT_PORT" "$@"
  PROJECTS_PID=$LAUNCHED_PID
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
