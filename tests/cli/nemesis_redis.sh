#!/usr/bin/env bash
# End to end: Redis + Sentinel (3 nodes) without faults: a set run (adds, final read through the
# sentinel-named master) and a register run, both checked; both must conform, the set run must
# lose no acknowledged add, and afterwards nothing is left: no vouch- namespace, no redis-server
# or redis-sentinel process beyond those running before, no state file, the same iptables rules.
# usage: nemesis_redis.sh VOUCH [SECONDS]
set -uo pipefail
vouch=$1 secs=${2:-8}
source "$(dirname "$0")/nemesis_common.sh"
require redis-server redis-sentinel
rules_before=$(root_rules)
servers_before=$(live redis-server)
sentinels_before=$(live redis-sentinel)
start=$(date +%s.%N)
for w in set register; do
  out=$(timeout 50 "$vouch" nemesis --system redis --nodes 3 --workload $w --duration "${secs}s" \
        --seed 1 --out "$run/$w" --check 2>&1)
  code=$?
  echo "$out"
  [ "$code" -eq 0 ] || fail "$w: exit code $code"
  [[ "$out" == *"verdict: conforms"* ]] || fail "$w: no 'verdict: conforms'"
  ops=$(grep -c ':type :invoke' "$run/$w/history.edn")
  [ "$ops" -ge 100 ] || fail "$w: only $ops operations recorded"
  grep -q '"verdict": "conforms"' "$run/$w/summary.json" || fail "$w: summary.json has no verdict"
  for i in 1 2 3; do
    [ -s "$run/$w/n$i/redis.log" ] && [ -s "$run/$w/n$i/sentinel.log" ] || fail "$w: n$i logs missing"
    [ -d "$run/$w/n$i/data" ] && fail "$w: n$i data directory not wiped"
  done
done
[[ "$(cat "$run/set/summary.json")" == *'"final_read": "done"'* ]] || fail "set: no final read"
grep -q '"lost_acknowledged_adds": 0' "$run/set/summary.json" || fail "set: acknowledged adds lost"
grep -q ':f :read, :value #{' "$run/set/history.edn" || fail "set: the final read is not an EDN set"
echo "elapsed: $(echo "$(date +%s.%N) - $start" | bc) s"
nothing_of_runs_left
sleep 0.2
[ "$(live redis-server)" -eq "$servers_before" ] || fail "redis-server left: $(pgrep -ax redis-server)"
[ "$(live redis-sentinel)" -eq "$sentinels_before" ] || fail "redis-sentinel left: $(pgrep -ax redis-sentinel)"
[ "$(root_rules)" -eq "$rules_before" ] || fail "iptables rules in the root namespace changed"
echo "ok: set and register conform, no acknowledged add lost, nothing left"
exit 0
