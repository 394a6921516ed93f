#!/usr/bin/env bash
# End to end: a short etcd run with partitions, kills and pauses (seed 1 draws a pause and a
# partition), checked; then that nothing is left behind.
# usage: nemesis_etcd.sh VOUCH [SECONDS]
set -uo pipefail
vouch=$1 secs=${2:-12}
source "$(dirname "$0")/nemesis_common.sh"
require etcd
rules_before=$(root_rules)
start=$(date +%s.%N)
out=$(timeout 50 "$vouch" nemesis --system etcd --nodes 3 --workload register --faults partition,kill,pause \
      --interval 3s --duration "${secs}s" --seed 1 --out "$run/run" --check 2>&1)
code=$?
echo "$out"
echo "elapsed: $(echo "$(date +%s.%N) - $start" | bc) s"
[ "$code" -eq 0 ] || fail "exit code $code"
[[ "$out" == *"verdict: conforms"* ]] || fail "no 'verdict: conforms'"
ops=$(grep -c ':type :invoke' "$run/run/history.edn")
[ "$ops" -ge 100 ] || fail "only $ops operations recorded"
grep -q ':process :nemesis' "$run/run/history.edn" || fail "no fault in the history"
grep -q '"verdict": "conforms"' "$run/run/summary.json" || fail "summary.json has no verdict"
grep -q '<svg' "$run/run/report.html" || fail "no report.html with plots"
nothing_of_runs_left
pgrep -f "$run/run" >/dev/null && fail "processes of the run left: $(pgrep -af "$run/run")"
[ "$(root_rules)" -eq "$rules_before" ] || fail "iptables rules in the root namespace changed"
echo "ok: $ops operations, conforms, nothing left"
exit 0
