#!/usr/bin/env bash
# Page benchmark of the console; see console/README.md, section "Page benchmark".
#
#   console/bench/pages.sh      against the platform on localhost:8080 (./platform up); when nothing answers
#                               there and ports 8080-8083/9080-9083 are free, starts it with ./platform up and
#                               stops it again with ./platform down at the end
#
# 1. Signs in as each demo role the way a browser does (GET /sign-in for the CSRF token, POST /sign-in, session
#    cookie) and requests each page the role opens BENCH_REQUESTS times after BENCH_WARMUP requests; prints per
#    page the median and p95 of curl's time_total (request sent to last byte, on localhost: the console's server
#    time including its calls to the services). Targets: median < 150 ms, p95 < 400 ms.
# 2. Opens the overview BENCH_RENDERS times in headless Chromium (Debian chromium + chromedriver, driven over
#    the WebDriver protocol with curl), each time in a new browser with an empty cache and the finance user's
#    session cookie, and prints first-contentful-paint and loadEventEnd from the Performance API. Target < 1.5 s.
#
# Environment: BENCH_REQUESTS (default 50), BENCH_WARMUP (default 10), BENCH_RENDERS (default 5),
# BENCH_CONSOLE (default http://localhost:8080), BENCH_DRIVER_PORT (chromedriver, default 19515).
# The figures go to the terminal and to console/bench/results/pages-<time>.txt.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$(dirname "$HERE")")"
RESULTS="$HERE/results"
CONSOLE="${BENCH_CONSOLE:-http://localhost:8080}"
REQUESTS="${BENCH_REQUESTS:-50}"
WARMUP="${BENCH_WARMUP:-10}"
RENDERS="${BENCH_RENDERS:-5}"
DRIVER_PORT="${BENCH_DRIVER_PORT:-19515}"
ROLES=(admin pm procurement finance viewer)

say() { printf '\n== %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

for tool in curl jq chromium chromedriver; do
  command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install -y ${tool/chromedriver/chromium-driver})"
done

WORK="$(mktemp -d)"
STARTED_PLATFORM=0
DRIVER_PID=""
session=""
finish() {
  # Closing the session ends its browser; killing chromedriver alone would leave it running.
  if [ -n "$session" ]; then curl -s -X DELETE "http://localhost:$DRIVER_PORT/session/$session" >/dev/null || true; fi
  if [ -n "$DRIVER_PID" ] && kill -0 "$DRIVER_PID" 2>/dev/null; then kill "$DRIVER_PID"; fi
  if [ "$STARTED_PLATFORM" = 1 ]; then "$ROOT/platform" down >/dev/null || true; fi
  rm -rf "$WORK"
}
trap finish EXIT

if ! curl -fs -o /dev/null "$CONSOLE/sign-in"; then
  for port in 8080 8081 8082 8083 9080 9081 9082 9083; do
    ! curl -s -o /dev/null "http://localhost:$port/" || die "port $port is taken but the console does not answer on $CONSOLE"
  done
  say "Starting the platform (./platform up)"
  STARTED_PLATFORM=1
  "$ROOT/platform" up >"$WORK/platform-up.log" 2>&1 || { cat "$WORK/platform-up.log"; die "./platform up failed"; }
fi
curl -fs "$CONSOLE/sign-in" | grep -q 'name="role"' || die "$CONSOLE/sign-in offers no demo users (local sign-in off?)"

mkdir -p "$RESULTS"
OUT="$RESULTS/pages-$(date -u +%Y%m%dT%H%M%SZ).txt"
exec > >(tee "$OUT") 2>&1

# sign_in ROLE: a cookie jar with the role's session, made as a browser makes it.
sign_in() {
  local jar="$WORK/$1.cookies" token
  token="$(curl -fs -c "$jar" "$CONSOLE/sign-in" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -1)"
  [ -n "$token" ] || die "no CSRF token on /sign-in"
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" \
    --data-urlencode "csrf-token=$token" --data-urlencode "role=$1" "$CONSOLE/sign-in")"
  [ "$status" = 303 ] || die "sign-in as $1 answered $status"
  grep -q budget-console-session "$jar" || die "sign-in as $1 set no session cookie"
  echo "$jar"
}

# The pages a role opens: its navigation, and one project and one installment as linked from the lists.
pages_of() {
  local role="$1" jar="$2" project installment
  echo /overview /due-payments /projects /procurement
  project="$(curl -fs -b "$jar" "$CONSOLE/projects" | grep -o 'href="/projects/[0-9]*"' | head -1 | tr -dc '0-9')"
  [ -n "$project" ] && echo "/projects/$project"
  installment="$(curl -fs -b "$jar" "$CONSOLE/due-payments" | grep -o 'href="/due-payments/installments/[0-9]*"' \
    | head -1 | tr -dc '0-9')"
  [ -n "$installment" ] && echo "/due-payments/installments/$installment"
  [ "$role" = admin ] && echo /import
  return 0
}

# percentile P FILE: the P-th percentile (nearest rank) of the numbers in FILE, one a line.
percentile() {
  sort -n "$2" | awk -v p="$1" '{ v[NR] = $1 } END { r = int((p / 100) * NR + 0.999999); if (r < 1) r = 1; print v[r] }'
}

# get ROLE PAGE: one request as the role; prints the time in ms, fails on an answer other than 200.
get() {
  local status seconds
  read -r status seconds < <(curl -s -o /dev/null -b "$WORK/$1.cookies" -w '%{http_code} %{time_total}\n' "$CONSOLE$2")
  [ "$status" = 200 ] || die "$1 GET $2 answered $status"
  awk -v s="$seconds" 'BEGIN { printf "%.1f\n", s * 1000 }'
}

# Every role's every page BENCH_WARMUP times first, so that no role is measured while the JVMs still compile.
for role in "${ROLES[@]}"; do
  sign_in "$role" >/dev/null
  pages_of "$role" "$WORK/$role.cookies" >"$WORK/$role.pages"
  for page in $(cat "$WORK/$role.pages"); do
    for _ in $(seq 1 "$WARMUP"); do get "$role" "$page" >/dev/null; done
  done
done

say "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; $REQUESTS requests per page after $WARMUP per page of every role"
printf '%-12s %-34s %10s %10s %10s\n' role page "median ms" "p95 ms" "max ms"
MISSED=0
for role in "${ROLES[@]}"; do
  for page in $(cat "$WORK/$role.pages"); do
    times="$WORK/times"
    : >"$times"
    for _ in $(seq 1 "$REQUESTS"); do get "$role" "$page" >>"$times"; done
    median="$(percentile 50 "$times")"
    p95="$(percentile 95 "$times")"
    flag=""
    if awk -v m="$median" -v p="$p95" 'BEGIN { exit !(m >= 150 || p >= 400) }'; then flag="  above target"; MISSED=1; fi
    printf '%-12s %-34s %10s %10s %10s%s\n' "$role" "$page" "$median" "$p95" "$(percentile 100 "$times")" "$flag"
  done
done
echo "load average at the end of the page requests: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- First render of the overview in headless Chromium, over WebDriver ---
say "Overview's first render in headless Chromium ($RENDERS new browsers, empty cache, signed in as finance)"
chromedriver --port="$DRIVER_PORT" >"$WORK/chromedriver.log" 2>&1 &
DRIVER_PID=$!
DRIVER="http://localhost:$DRIVER_PORT"
for _ in $(seq 1 50); do curl -fs "$DRIVER/status" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fs "$DRIVER/status" >/dev/null || die "chromedriver did not start; see $WORK/chromedriver.log"

session_cookie="$(awk '$6 == "budget-console-session" { print $7 }' "$WORK/finance.cookies")"
CAPABILITIES='{"capabilities":{"alwaysMatch":{"browserName":"chrome","pageLoadStrategy":"normal",
  "goog:chromeOptions":{"binary":"/usr/bin/chromium","args":["--headless=new","--no-sandbox",
  "--disable-dev-shm-usage","--window-size=1366,900"]}}}}'
# After the load event: first-contentful-paint and the navigation's loadEventEnd, in ms from navigation start.
TIMING='var done = arguments[arguments.length - 1]; (function poll() {
  var nav = performance.getEntriesByType("navigation")[0];
  var fcp = performance.getEntriesByName("first-contentful-paint")[0];
  if (nav && nav.loadEventEnd > 0 && fcp) { done([Math.round(fcp.startTime), Math.round(nav.loadEventEnd)]); }
  else { setTimeout(poll, 20); } })();'

fcps="$WORK/fcp"; loads="$WORK/load"
: >"$fcps"; : >"$loads"
for i in $(seq 1 "$RENDERS"); do
  session="$(curl -fs -X POST -H 'Content-Type: application/json' -d "$CAPABILITIES" "$DRIVER/session" | jq -r .value.sessionId)"
  [ -n "$session" ] && [ "$session" != null ] || die "chromedriver opened no browser; see $WORK/chromedriver.log"
  wd() {
    local answer
    answer="$(curl -s -X POST -H 'Content-Type: application/json' -d "$2" "$DRIVER/session/$session/$1")"
    if jq -e '.value | objects | has("error")' <<<"$answer" >/dev/null; then
      die "WebDriver $1: $(jq -r .value.message <<<"$answer" | head -1)"
    fi
    printf '%s' "$answer"
  }
  # The cookie can only be set on the console's origin: the sign-in page is open to everyone.
  wd url "{\"url\":\"$CONSOLE/sign-in\"}" >/dev/null
  wd cookie "{\"cookie\":{\"name\":\"budget-console-session\",\"value\":\"$session_cookie\",\"path\":\"/\",\"httpOnly\":true}}" >/dev/null
  wd url "{\"url\":\"$CONSOLE/overview\"}" >/dev/null
  title="$(curl -fs "$DRIVER/session/$session/title" | jq -r .value)"
  [[ "$title" != *登录* ]] || die "the browser was sent to the sign-in page"
  timing="$(wd execute/async "$(jq -n --arg s "$TIMING" '{script: $s, args: []}')" | jq -r '.value | @tsv')"
  [ -n "$timing" ] || die "no timing from the browser"
  curl -fs -X DELETE "$DRIVER/session/$session" >/dev/null
  session=""
  read -r fcp load <<<"$timing"
  echo "render $i: first-contentful-paint $fcp ms, load $load ms"
  echo "$fcp" >>"$fcps"; echo "$load" >>"$loads"
done
echo "first-contentful-paint median $(percentile 50 "$fcps") ms, max $(percentile 100 "$fcps") ms;" \
  "load median $(percentile 50 "$loads") ms, max $(percentile 100 "$loads") ms (target < 1500 ms)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$MISSED" = 0 ] || echo "some pages are above the target (median < 150 ms, p95 < 400 ms)"
echo "figures saved in ${OUT#"$ROOT"/}"
