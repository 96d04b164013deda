#!/usr/bin/env bash
# Loads the seed department's procurement budget and a small demo set of plans, suppliers and contracts on
# seed projects, through the public API. Run from the repository root after ./platform up (projects-service
# must have imported the seed document). Needs curl and jq. Safe to run twice: an existing budget is reused
# and the demo set is loaded only into a budget that has no plans yet.
#   procurement-service/demo/load-demo.sh [budget-only]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PROJECTS="${PROJECTS_URL:-http://localhost:8081}"
PROCUREMENT="${PROCUREMENT_URL:-http://localhost:8082}"
DEPARTMENT="SJZWFW"
YEAR=2026

# The platform's API helper: api METHOD URL ROLE [JSON] [CONTENT-TYPE] [IF-MATCH] prints the body, fails on non-2xx.
api() { "$ROOT/platform" api "$@"; }

budget_id() {
  api GET "$PROCUREMENT/api/v1/procurement-budgets?department=$DEPARTMENT&fiscalYear=$YEAR" admin | jq -r '.items[0].id // empty'
}

BUDGET="$(budget_id)"
if [ -n "$BUDGET" ]; then
  echo "Procurement budget $BUDGET of $DEPARTMENT $YEAR exists"
else
  # Right after start-up the first call to projects-service may time out (503): try a few times.
  for attempt in 1 2 3 4 5; do
    api POST "$PROCUREMENT/api/v1/procurement-budgets" admin \
      "{\"departmentCode\":\"$DEPARTMENT\",\"fiscalYear\":$YEAR}" >/dev/null && break
    [ -n "$(budget_id)" ] && break
    [ "$attempt" = 5 ] && exit 1
    sleep 6
  done
  BUDGET="$(budget_id)"
  echo "Created procurement budget $BUDGET of $DEPARTMENT $YEAR from the declared figures"
fi
[ "${1:-}" = "budget-only" ] && exit 0

if [ "$(api GET "$PROCUREMENT/api/v1/procurement-plans?budgetId=$BUDGET&size=1" admin | jq -r .totalItems)" != 0 ]; then
  echo "The budget has plans already; the demo set is not loaded again"
  exit 0
fi

PROJECT_LIST="$(api GET "$PROJECTS/api/v1/projects?departmentCode=$DEPARTMENT&fiscalYear=$YEAR&size=100" admin)"
project() { # the id of the seed project whose name contains $1
  jq -r --arg name "$1" '[.items[] | select(.name | contains($name))][0].id // empty' <<<"$PROJECT_LIST"
}

plan() { # project-name-part category method amount reservation-json -> plan id
  local id
  id="$(project "$1")"
  [ -n "$id" ] || { echo "load-demo: no seed project named like $1" >&2; return 1; }
  api POST "$PROCUREMENT/api/v1/procurement-plans" procurement \
    "{\"projectId\":$id,\"title\":\"$6\",\"category\":\"$2\",\"method\":\"$3\",\"amount\":$4,$5}" | jq -r .id
}

advance() { # plan id -> TENDERING
  local etag
  for status in APPROVED TENDERING; do
    etag="$(curl -s -D - -o /dev/null -H "Authorization: Bearer $("$ROOT/platform" token procurement)" "$PROCUREMENT/api/v1/procurement-plans/$1" \
      | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')"
    api POST "$PROCUREMENT/api/v1/procurement-plans/$1/status" procurement "{\"status\":\"$status\"}" \
      application/json "$etag" >/dev/null
  done
}

supplier() { # name credit-code size -> supplier id
  api POST "$PROCUREMENT/api/v1/suppliers" procurement \
    "{\"name\":\"$1\",\"creditCode\":\"$2\",\"size\":\"$3\",\"contact\":{\"name\":\"联系人\",\"phone\":\"021-57000000\"}}" | jq -r .id
}

contract() { # plan supplier value signed start end extra-json
  api POST "$PROCUREMENT/api/v1/contracts" procurement \
    "{\"planId\":$1,\"supplierId\":$2,\"value\":$3,\"signedDate\":\"$4\",\"periodStart\":\"$5\",\"periodEnd\":\"$6\"$7}" | jq -r .id
}

# Fictitious suppliers; the credit codes are made up and carry valid GB 32100-2015 check characters.
CLOTHING="$(supplier 上海松江服饰有限公司 91310117MA1J3B7K2M SMALL)"
DATA="$(supplier 上海九峰数据服务有限公司 91310117MA1FP4QX7G MEDIUM)"
VOLUNTEERS="$(supplier 上海佘山公益服务有限公司 91310117MABY6D9T41 MICRO)"
TELECOM="$(supplier 上海松江通信服务有限公司 91310117MA1T6K8W3D LARGE)"

# The declared goods budget (32,775.00 元) is the work uniforms; reserved to SMEs entirely.
P1="$(plan 工作服 GOODS REQUEST_FOR_QUOTATION 32775.00 '"smeReservation":"WHOLE"' 窗口工作人员工作服采购)"
advance "$P1"
contract "$P1" "$CLOTHING" 31800.00 2026-03-02 2026-03-02 2026-11-30 ',"paymentTermDays":30' >/dev/null

# Above the 200万 services threshold: 30 % reserved, 60 % of it for small and micro enterprises.
P2="$(plan 数据运营服务 SERVICES PUBLIC_TENDER 6616000.00 \
  '"smeReservation":"SHARE","smeReservedAmount":1984800.00,"smallMicroReservedAmount":1190880.00' 数据运营服务团队采购)"
advance "$P2"
contract "$P2" "$DATA" 6450000.00 2026-02-20 2026-03-01 2026-12-31 ',"paymentTermDays":45' >/dev/null

P3="$(plan 志愿者服务 SERVICES COMPETITIVE_CONSULTATION 240000.00 '"smeReservation":"WHOLE"' 政务服务中心志愿者服务)"
advance "$P3"
contract "$P3" "$VOLUNTEERS" 235000.00 2026-01-15 2026-01-15 2026-12-31 '' >/dev/null

# Telephone and broadband from an operator: single source, not reservable, with the reason.
plan 窗口工作运行费用 SERVICES SINGLE_SOURCE 300000.00 \
  '"smeReservation":"NONE","smeExemptionReason":"电信运营商提供的通信专线服务，只能从中小企业之外的供应商处采购"' 中心电信移动电话宽带 >/dev/null
P4="$(plan 政务云运营运维 SERVICES PUBLIC_TENDER 6000000.00 \
  '"smeReservation":"SHARE","smeReservedAmount":1800000.00,"smallMicroReservedAmount":1080000.00' 政务云运营运维服务)"
advance "$P4"
contract "$P4" "$TELECOM" 5880000.00 2026-03-10 2026-04-01 2027-03-31 ',"paymentTermDays":90' >/dev/null

# Payroll of non-established staff is project spending but not government procurement.
plan 非编人员经费 SERVICES NOT_APPLICABLE 12947800.00 '"smeReservation":"NONE"' 非编人员工资及补贴 >/dev/null

echo "Loaded the demo set into procurement budget $BUDGET:"
# jq reads numbers as doubles and drops trailing zeros; the figures are printed to the fen again here.
read -r PLANNED DECLARED AWARDED TO_SME < <(api GET "$PROCUREMENT/api/v1/procurement-budgets/$BUDGET" admin \
  | jq -r '[.totals.planned, .totals.declared, .totals.awarded, .sme.awardedToSme] | @tsv')
printf '  planned %.2f of %.2f 元, awarded %.2f 元, to SMEs %.2f 元\n' "$PLANNED" "$DECLARED" "$AWARDED" "$TO_SME"
