#!/usr/bin/env bash
# `vouch history` speed on Porcupine's public test data (tests/data/porcupine), beside the
# reference figures of its README (Porcupine, Go, 2-core machine of our kind). Whole-process wall
# time (spec loading included), median of RUNS runs; text reports, no minimizing.
# usage: bench/history.sh [VOUCH] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
vouch=${1:-$root/build/cli/vouch}
runs=${2:-5}
data=$root/tests/data/porcupine
reg=(--spec "$root/specs/register/Register.tla" --map "$root/specs/register/jepsen.json")
kv=(--spec "$root/specs/kv/KV.tla" --map "$root/specs/kv/porcupine.json")

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
time_of() {  # prints the median wall time in seconds of the command
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc
  done | median
}

printf '%-40s %12s %22s %8s\n' "history set" "vouch (s)" "Porcupine ref (s)" "ratio"
row() {  # name, reference low, reference high, command...
  local name=$1 lo=$2 hi=$3
  shift 3
  local t
  t=$(time_of "$@")
  printf '%-40s %12.3f %22s %8s\n' "$name" "$t" "$lo-$hi" \
    "$(echo "scale=2; $t / $lo" | bc)"
}
row "etcd: all 102 files, one process" 0.77 0.77 "$vouch" history "${reg[@]}" --no-minimize "$data/jepsen"
row "kv c50-ok, per key" 0.26 0.39 "$vouch" history "${kv[@]}" "$data/kv/c50-ok.txt"
row "kv c50-bad, per key" 0.02 0.13 "$vouch" history "${kv[@]}" "$data/kv/c50-bad.txt"
row "kv c10-ok, unpartitioned" 2.5 4.8 "$vouch" history "${kv[@]}" --no-partition "$data/kv/c10-ok.txt"
echo "ratio = vouch / the low end of Porcupine's range (target: at most 0.5)"
