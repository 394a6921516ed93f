#!/usr/bin/env bash
# Interrupts N nemesis runs at random moments (SIGKILL, SIGTERM or SIGINT, 0.1–8 s after start)
# and counts what is left behind: after SIGTERM/SIGINT vouch must clean up itself; after SIGKILL
# `vouch nemesis --cleanup` must. Also checks that every history so far parses (exit 0 or 1).
# Prints one line per run and the totals; exit 1 if anything was left or a history did not parse.
# usage: bench/nemesis-interrupt.sh VOUCH [RUNS] [SEED]     (root, etcd installed)
set -uo pipefail
vouch=$(realpath "$1")
runs=${2:-50}
RANDOM=${3:-1}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/vouch-interrupt-XXXXXX)
trap 'rm -rf "$work"' EXIT
leftovers=0 badhist=0
straces_before=$(pgrep -xc strace || true)
for r in $(seq "$runs"); do
  sigs=(KILL TERM INT)
  sig=${sigs[$((RANDOM % 3))]}
  delay=$(printf '%d.%d' $((RANDOM % 8)) $((RANDOM % 10)))
  [ "$delay" = "0.0" ] && delay=0.1
  run="$work/r$r"
  "$vouch" nemesis --system etcd --nodes 3 --workload register --faults partition,partition-leader,kill,pause,loss,fsync \
    --interval 1s --duration 30s --seed "$r" --out "$run" >"$work/out$r.txt" 2>&1 &
  pid=$!
  sleep "$delay"
  kill -"$sig" "$pid" 2>/dev/null
  for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; echo "run $r: SIG$sig: vouch still running after 30 s, killed"; fi
  wait "$pid" 2>/dev/null
  [ "$sig" = KILL ] && "$vouch" nemesis --cleanup >/dev/null
  sleep 0.3
  ns=$(ip netns list | grep -c "^vouch-$pid-" || true)
  procs=$(( $(pgrep -f "$run/" | wc -l) + $(pgrep -xc strace || true) - straces_before ))
  state=0; [ -e "/run/vouch/$pid.state" ] && state=1
  hist=ok
  if [ -s "$run/history.edn" ]; then
    "$vouch" history --spec "$here/specs/register/Register.tla" --map "$here/specs/register/jepsen.json" \
      --timeout 60 "$run/history.edn" >/dev/null 2>&1
    c=$?
    { [ $c -eq 0 ] || [ $c -eq 1 ]; } || { hist="exit $c"; badhist=$((badhist + 1)); }
  fi
  n=$((ns + procs + state))
  leftovers=$((leftovers + n))
  ops=$(grep -c ':type :invoke' "$run/history.edn" 2>/dev/null)
  echo "run $r: SIG$sig after ${delay}s: ${ops:-0} ops, history $hist, left: $ns namespaces, $procs processes, $state state files"
  rm -rf "$run"
done
echo "total: $runs runs, $leftovers leftovers, $badhist histories that did not check"
[ "$leftovers" -eq 0 ] && [ "$badhist" -eq 0 ]
