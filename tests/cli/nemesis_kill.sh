#!/usr/bin/env bash
# kill -9 of vouch in the middle of a run: the history so far parses and checks (exit 0 or 1,
# never 2), and `vouch nemesis --cleanup` then leaves no namespace, server process or state file.
# With SIGNAL=TERM or INT: vouch itself must clean up and exit within 20 s, before any --cleanup.
# SYSTEM=redis: the same with Redis + Sentinel (whose processes rewrite their command line, so
# they are counted by name: no more redis-server / redis-sentinel than before the run).
# usage: nemesis_kill.sh VOUCH SOURCE_DIR [KILL_AFTER_SECONDS] [SIGNAL] [SYSTEM]
set -uo pipefail
vouch=$1 src=$2 after=${3:-6} sig=${4:-KILL} system=${5:-etcd}
source "$(dirname "$0")/nemesis_common.sh"
if [ "$system" = redis ]; then require redis-server redis-sentinel; else require etcd; fi
# Live redis processes (a zombie holds no port and runs nothing; PID 1 reaps it in time).
count() { echo $(($(live redis-server) + $(live redis-sentinel))); }
redis_before=$(count)
"$vouch" nemesis --system "$system" --nodes 3 --workload register --faults partition --interval 2s \
  --duration 30s --seed 2 --out "$run/run" >"$run/out.txt" 2>&1 &
pid=$!
sleep "$after"
kill -"$sig" "$pid"
if [ "$sig" != KILL ]; then
  for _ in $(seq 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && { kill -9 "$pid"; fail "vouch did not exit within 20 s of SIG$sig"; }
  left=$(ip netns list | grep -c "^vouch-$pid-" || true)
  [ "$left" -eq 0 ] || fail "SIG$sig: vouch left $left namespaces"
  [ -e "/run/vouch/$pid.state" ] && fail "SIG$sig: vouch left its state file"
  grep -q interrupted "$run/out.txt" || fail "SIG$sig: no 'interrupted' message"
fi
wait "$pid" 2>/dev/null
[ -s "$run/run/history.edn" ] || fail "no history written before the kill"
"$vouch" history --spec "$src/specs/register/Register.tla" --map "$src/specs/register/jepsen.json" \
  --timeout 30 "$run/run/history.edn" >"$run/check.txt" 2>&1
code=$?
tail -3 "$run/check.txt"
[ "$code" -eq 0 ] || [ "$code" -eq 1 ] || fail "history after kill -9 does not check (exit $code)"
"$vouch" nemesis --cleanup || fail "cleanup failed"
left=$(ip netns list | grep -c "^vouch-$pid-" || true)
[ "$left" -eq 0 ] || fail "$left namespaces of the killed run left"
sleep 0.5
pgrep -f "$run/run" >/dev/null && fail "etcd of the killed run still running: $(pgrep -af "$run/run")"
[ "$(count)" -eq "$redis_before" ] || fail "redis of the killed run still running: $(ps -eo pid,stat,comm | grep redis)"
[ -e "/run/vouch/$pid.state" ] && fail "state file of the killed run left"
echo "ok (SIG$sig): $(grep -c ':type :invoke' "$run/run/history.edn") operations before the kill, checked, nothing left"
exit 0
