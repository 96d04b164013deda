#!/usr/bin/env bash
# Loads payment plans on the demo contracts of procurement-service/demo/load-demo.sh, milestone events, payments,
# one reversal, and performance-target observations on their projects, through the public APIs. Dates are counted
# back from today, so finance's due list has overdue, due-soon and fiscal-close rows, the cash forecast is not
# empty and the execution dashboard (双监控) shows lagging and leading projects. Run from the repository root after
# the procurement loader (./platform up does both). Needs curl and jq.
# Safe to run twice: each step first reads what is there (a contract's plan, an installment's event or payments,
# a target's observations) and adds only what is missing; payments carry a fixed Idempotency-Key as well.
#   payments-service/demo/load-demo.sh
set -euo pipefail
# A failed call inside $(...) stops the script too.
shopt -s inherit_errexit

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PROJECTS="${PROJECTS_URL:-http://localhost:8081}"
PROCUREMENT="${PROCUREMENT_URL:-http://localhost:8082}"
PAYMENTS="${PAYMENTS_URL:-http://localhost:8083}"
DEPARTMENT="SJZWFW"
YEAR=2026
TODAY="$(TZ=Asia/Shanghai date +%F)"

# The platform's API helper: api METHOD URL ROLE [JSON] [CONTENT-TYPE] [IF-MATCH] prints the body, fails on non-2xx.
api() { "$ROOT/platform" api "$@"; }
ago() { date -d "$TODAY - $1 days" +%F; }
earlier() { [[ "$1" < "$2" ]] && echo "$1" || echo "$2"; }

# What this run added, one word a line (functions run in $(...) subshells, so no shell counters).
TALLY="$(mktemp)"
trap 'rm -f "$TALLY"' EXIT
added() { echo "$1" >>"$TALLY"; }
added_count() { grep -cx "$1" "$TALLY" || true; }

CONTRACTS="$(api GET "$PROCUREMENT/api/v1/contracts?size=100" procurement)"
contract_of() { # supplier name -> contract id
  jq -r --arg name "$1" '[.items[] | select(.supplier.name == $name)][0].id // empty' <<<"$CONTRACTS"
}
project_of_contract() { jq -r --arg id "$1" '[.items[] | select((.id | tostring) == $id)][0].projectId' <<<"$CONTRACTS"; }

existing_plan() { api GET "$PAYMENTS/api/v1/payment-plans?contractId=$1&size=1" viewer | jq -r '.items[0].id // empty'; }

plan_of() { # contract-id request-json -> plan id; creates the plan only when the contract has none
  local id attempt
  id="$(existing_plan "$1")"
  # Creating a plan reads the contract and project from the other services; on a busy machine that call may time
  # out (503, nothing stored): try a few times.
  for attempt in 1 2 3 4 5; do
    [ -z "$id" ] || break
    if id="$(api POST "$PAYMENTS/api/v1/payment-plans" pm "$2" | jq -r .id)"; then
      added plan
      break
    fi
    [ "$attempt" = 5 ] && return 1
    sleep 6
    id="$(existing_plan "$1")"
  done
  echo "$id"
}

installment() { # plan-id sequence -> installment JSON
  api GET "$PAYMENTS/api/v1/payment-plans/$1" viewer | jq -c --argjson seq "$2" '.installments[] | select(.sequence == $seq)'
}

event() { # installment-id date evidence -> records the milestone unless it has one
  if [ "$(api GET "$PAYMENTS/api/v1/installments/$1" viewer | jq -r '.eventDate // empty')" = "" ]; then
    api POST "$PAYMENTS/api/v1/installments/$1/events" pm \
      "{\"date\":\"$2\",\"evidenceRef\":\"$3\"}" >/dev/null
    added event
  fi
}

has_payments() { [ "$(api GET "$PAYMENTS/api/v1/installments/$1/payments" viewer | jq 'length')" != 0 ]; }

pay() { # installment-id key amount date voucher -> payment id (a repeated key gets the first payment back)
  local out status
  out="$(mktemp)"
  status="$(curl -s -o "$out" -w '%{http_code}' -X POST "$PAYMENTS/api/v1/installments/$1/payments" \
    -H "Authorization: Bearer $("$ROOT/platform" token finance)" -H "Content-Type: application/json" \
    -H "Idempotency-Key: $2" --data-binary "{\"amount\":$3,\"paidDate\":\"$4\",\"voucherNo\":\"$5\"}")"
  [[ "$status" == 2* ]] || { cat "$out" >&2; rm -f "$out"; echo "load-demo: payment $2 answered $status" >&2; return 1; }
  if [ "$status" = 201 ]; then added payment; fi
  jq -r .id "$out"
  rm -f "$out"
}

pay_in_full() { # installment-id key date voucher: pays what is outstanding, unless it has payments already
  has_payments "$1" && return 0
  local outstanding
  outstanding="$(api GET "$PAYMENTS/api/v1/installments/$1" viewer | jq -r .outstanding)"
  pay "$1" "$2" "$outstanding" "$3" "$4" >/dev/null
}

CLOTHING="$(contract_of 上海松江服饰有限公司)"
DATA="$(contract_of 上海九峰数据服务有限公司)"
VOLUNTEERS="$(contract_of 上海佘山公益服务有限公司)"
TELECOM="$(contract_of 上海松江通信服务有限公司)"
for c in CLOTHING DATA VOLUNTEERS TELECOM; do
  [ -n "${!c}" ] || { echo "load-demo: the procurement demo contract $c is missing; run procurement-service/demo/load-demo.sh" >&2; exit 1; }
done

# 30/40/30 with a small enterprise (statutory 30 days): signing share paid, the stage acceptance 45 days ago is
# 15 days overdue (interest runs), the final acceptance 5 days ago is due within 25 days.
P_CLOTHING="$(plan_of "$CLOTHING" "{\"contractId\":$CLOTHING,\"template\":\"30/40/30\"}")"
I1="$(installment "$P_CLOTHING" 1 | jq -r .id)"
pay_in_full "$I1" "demo-$I1-1" "$(earlier "$(ago 200)" 2026-04-01)" 记-DEMO-0001
I2="$(installment "$P_CLOTHING" 2 | jq -r .id)"
event "$I2" "$(ago 45)" "阶段验收单 SJZWFW-2026-GZF-1"
I3="$(installment "$P_CLOTHING" 3 | jq -r .id)"
event "$I3" "$(ago 5)" "终验报告 SJZWFW-2026-GZF-2"

# 30/50/20 with a medium enterprise (45 days agreed): the signing share was paid to a wrong account, reversed
# (银行退票) and paid again; the stage acceptance 20 days ago is partly paid; the final acceptance is expected.
P_DATA="$(plan_of "$DATA" "{\"contractId\":$DATA,\"template\":\"30/50/20\"}")"
D1="$(installment "$P_DATA" 1 | jq -c .)"
D1_ID="$(jq -r .id <<<"$D1")"
if ! has_payments "$D1_ID"; then
  WRONG="$(pay "$D1_ID" "demo-$D1_ID-1" "$(jq -r .amount <<<"$D1")" "$(ago 120)" 记-DEMO-0002)"
  api POST "$PAYMENTS/api/v1/payments/$WRONG/reversal" finance '{"reason":"银行退票：收款账号错误"}' >/dev/null
  added reversal
  pay "$D1_ID" "demo-$D1_ID-2" "$(jq -r .amount <<<"$D1")" "$(ago 110)" 记-DEMO-0003 >/dev/null
fi
D2="$(installment "$P_DATA" 2 | jq -r .id)"
event "$D2" "$(ago 20)" "数据运营服务阶段考核报告 2026-H1"
has_payments "$D2" || pay "$D2" "demo-$D2-1" 1000000.00 "$(ago 2)" 记-DEMO-0004 >/dev/null

# Recurring, settled monthly by actuals (micro enterprise): each month that has ended has its event three days
# later; months that ended 60 days ago or more are paid; the last ones are overdue or due soon.
P_VOLUNTEERS="$(plan_of "$VOLUNTEERS" "{\"contractId\":$VOLUNTEERS,\"recurring\":{\"recurrence\":\"MONTHLY\"}}")"
while read -r id end; do
  [[ "$end" < "$TODAY" ]] || continue
  event "$id" "$(earlier "$(date -d "$end + 3 days" +%F)" "$TODAY")" "志愿者服务月度结算单 ${end:0:7}"
  if [[ "$end" < "$(ago 59)" ]]; then
    pay_in_full "$id" "demo-$id-1" "$(date -d "$end + 20 days" +%F)" "记-DEMO-V${end:0:7}"
  fi
done < <(api GET "$PAYMENTS/api/v1/payment-plans/$P_VOLUNTEERS" viewer | jq -r '.installments[] | "\(.id) \(.periodEnd)"')

# The operator (large enterprise, 90 days agreed): 40 % at the fiscal close (11月上旬, 财政关账前), 60 % on final
# acceptance; nothing paid yet.
plan_of "$TELECOM" "{\"contractId\":$TELECOM,\"installments\":[
  {\"percent\":40,\"trigger\":\"FIXED_DATE\",\"clauseText\":\"11月上旬（财政关账前）支付合同金额的40%\"},
  {\"percent\":60,\"trigger\":\"FINAL_ACCEPTANCE\",\"clauseText\":\"合同期满验收合格后支付剩余60%\"}]}" >/dev/null

# Target actuals (双监控): the volunteers project reports under a third of its targets met while two thirds of its
# budget is paid by now (leading); the data operations and cloud operations projects report most targets met while
# far less is paid (lagging); the uniforms project missed its delivery date and has paid little (on track).
observe() { # project-id completion-ratio note: an actual for every target that has none, giving that completion
  local project="$1" ratio="$2" note="$3" id comparator value deadline body on
  while IFS=$'\t' read -r id comparator value deadline; do
    body=""
    case "$comparator" in
      QUALITATIVE) body="{\"value\":$ratio" ;;
      # Whole numbers stay whole (people, sites); others to 4 decimals.
      GE|EQ) [ "$value" != null ] && body="{\"value\":$(jq -n "$value * $ratio | if $value == ($value | floor) then round else (. * 10000 | round) / 10000 end")" ;;
      LE) [ "$value" != null ] && body="{\"value\":$(jq -n "($value / $ratio * 10000 | round) / 10000")" ;;
    esac
    on="$TODAY"
    if [ -z "$body" ] && [ "$deadline" != null ]; then
      # A deadline target is met (1) when reached by its date, missed (0) otherwise; the actual is the date.
      if [ "$(jq -n "$ratio >= 0.5")" = true ]; then
        body="{\"value\":null"
        on="$(earlier "$deadline" "$TODAY")"
      elif [[ "$deadline" < "$TODAY" ]]; then
        body="{\"value\":null"
      fi
    fi
    [ -n "$body" ] || continue
    api POST "$PROJECTS/api/v1/projects/$project/targets/$id/observations" pm \
      "$body,\"observedOn\":\"$on\",\"note\":\"$note\"}" >/dev/null
    added observation
  done < <(api GET "$PROJECTS/api/v1/projects/$project/targets" viewer \
    | jq -r '.levels[].children[].targets[] | select(.latestActual == null)
             | [.id, .comparator, (.value // "null" | tostring), (.deadline // "null")] | @tsv')
}
observe "$(project_of_contract "$CLOTHING")" 0.10 "演示：工作服尚未全部交付"
observe "$(project_of_contract "$VOLUNTEERS")" 0.30 "演示：在岗志愿者人数不足"
observe "$(project_of_contract "$DATA")" 0.95 "演示：数据运营服务目标基本完成"
observe "$(project_of_contract "$TELECOM")" 0.80 "演示：政务云运维目标大部分完成"

count() { api GET "$PAYMENTS/api/v1/due-payments?size=1&$1" viewer | jq -r .totalItems; }
OVERDUE="$(count overdue=true)"
DUE_SOON="$(count "dueAfter=$TODAY&dueBefore=$(date -d "$TODAY + 30 days" +%F)")"
FISCAL_CLOSE="$(count fiscalClose=true)"
read -r MONTHS FORECAST < <(api GET "$PAYMENTS/api/v1/cash-forecast" viewer \
  | jq -r '[([.months[] | select(.total > 0)] | length), .total] | @tsv')
read -r LAGGING LEADING < <(api GET "$PAYMENTS/api/v1/dashboards/execution?fiscalYear=$YEAR" viewer \
  | jq -r '[.total.lagging, .total.leading] | @tsv')
printf 'Payments demo: added %d plans, %d events, %d payments, %d reversals, %d target actuals; due list %d overdue, %d due within 30 days, %d fiscal close; forecast %.2f 元 over %d months; dashboard %d lagging, %d leading\n' \
  "$(added_count plan)" "$(added_count event)" "$(added_count payment)" "$(added_count reversal)" \
  "$(added_count observation)" \
  "$OVERDUE" "$DUE_SOON" "$FISCAL_CLOSE" "$FORECAST" "$MONTHS" "$LAGGING" "$LEADING"
