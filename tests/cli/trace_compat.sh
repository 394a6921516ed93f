#!/usr/bin/env bash
# `vouch trace TRACESPEC.tla` (TLC-compatible mode) on tests/cases/trace/counter: a log that is
# a behavior of the spec conforms (exit 0), one that is not violates (exit 1, TraceMatched), no
# log at all is an input error (exit 2, located), and the mapping mode says it is not there yet.
# usage: trace_compat.sh VOUCH CASE_DIR
set -uo pipefail
vouch=$1
cd "$2" || exit 1
status=0
fail() { echo "FAIL: $1"; status=1; }
run() {  # JSON value (or empty for none), then the expected exit code and output texts
  local log=$1 want=$2
  shift 2
  local out code
  if [ -n "$log" ]; then
    out=$(JSON=$log "$vouch" trace TraceCounter.tla -config TraceCounter.cfg 2>&1)
  else
    out=$(env -u JSON "$vouch" trace TraceCounter.tla -config TraceCounter.cfg 2>&1)
  fi
  code=$?
  [ "$code" == "$want" ] || fail "log '$log': exit code $code, expected $want"
  for text in "$@"; do
    grep -qF -- "$text" <<< "$out" || fail "log '$log': no '$text' in the output:
$out"
  done
}
run good.ndjson 0 "TraceCounter.tla (log good.ndjson): conforms" "5 distinct states found"
run bad.ndjson 1 "Temporal property TraceMatched was violated" \
  "TraceCounter.tla (log bad.ndjson): violates"
run "" 2 "TraceCounter.tla:6:" "error:"
out=$("$vouch" trace --spec Counter.tla --map none.json good.ndjson 2>&1)
code=$?
[ "$code" == 2 ] || fail "mapping mode: exit code $code, expected 2"
grep -q "not implemented yet" <<< "$out" || fail "mapping mode: $out"
[ $status == 0 ] && echo "ok: vouch trace, TLC-compatible mode"
exit $status
