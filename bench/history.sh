#!/usr/bin/env bash
# `vouch history` speed on Porcupine's public test data (tests/data/porcupine), beside the
# reference figures of its README (Porcupine, Go, 2-core machine of our kind). Whole-process wall
# time (spec loading included), median of RUNS runs; text reports, no minimizing.
# usage: bench/history.sh [VOUCH] [RUNS]
#
# Optional: PORCUPINE_BENCH=/path/to/porcupine-bench adds a column measured here with the real
# Porcupine (same data, same RUNS, same whole-process timing) and the ratio vouch / that.
# porcupine-bench is bench/porcupine/main.go (Porcupine's etcd and kv test models), built against
# a local copy of Porcupine's source kept outside this repository (never committed). Tested with
# Go 1.19.8 (Debian golang-go) and Porcupine v1.3.0 = commit 55508eb201b314c218d7e8412c3ea4b9499a5f53:
#   apt-get install -y golang-go                               # Go >= 1.18 (workspaces)
#   git clone https://github.com/anishathalye/porcupine /work/ext/porcupine
#   git -C /work/ext/porcupine checkout v1.3.0
#   mkdir -p /work/ext/porcupine-bench
#   printf 'go 1.18\n\nuse (\n\t%s\n\t%s\n)\n' "$PWD/bench/porcupine" /work/ext/porcupine \
#     > /work/ext/porcupine-bench/go.work                      # run from the repository root
#   (cd bench/porcupine && GOWORK=/work/ext/porcupine-bench/go.work GOPROXY=off GOFLAGS= \
#     go build -o /work/ext/porcupine-bench/porcupine-bench .)
#   PORCUPINE_BENCH=/work/ext/porcupine-bench/porcupine-bench bench/history.sh build/cli/vouch 5
# The go.work file (outside the repository) makes the local copy satisfy bench/porcupine/go.mod's
# `require`, so nothing is downloaded (GOPROXY=off) and no go.sum is needed. Workspace mode refuses
# GOFLAGS=-mod=mod, hence GOFLAGS= . Verdicts: `porcupine-bench etcd tests/data/porcupine/jepsen`
# and `porcupine-bench kv tests/data/porcupine/kv/FILE [--no-partition]` print `file<TAB>verdict`
# lines comparable with */expected.tsv.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
vouch=${1:-$root/build/cli/vouch}
runs=${2:-5}
data=$root/tests/data/porcupine
reg=(--spec "$root/specs/register/Register.tla" --map "$root/specs/register/jepsen.json")
kv=(--spec "$root/specs/kv/KV.tla" --map "$root/specs/kv/porcupine.json")
pb=${PORCUPINE_BENCH:-}
if [ -n "$pb" ] && [ ! -x "$pb" ]; then
  echo "PORCUPINE_BENCH=$pb is not an executable (see the header of $0)" >&2
  exit 2
fi

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

if [ -z "$pb" ]; then
  printf '%-40s %12s %22s %8s\n' "history set" "vouch (s)" "Porcupine ref (s)" "ratio"
else
  printf '%-40s %12s %22s %8s %20s %10s\n' "history set" "vouch (s)" "Porcupine ref (s)" "ratio" \
    "Porcupine here (s)" "ratio here"
fi
row() {  # name, reference low, reference high, porcupine-bench arguments..., --, vouch command...
  local name=$1 lo=$2 hi=$3
  shift 3
  local pbargs=()
  while [ "$1" != -- ]; do pbargs+=("$1"); shift; done
  shift
  local t p
  t=$(time_of "$@")
  if [ -z "$pb" ]; then
    printf '%-40s %12.3f %22s %8s\n' "$name" "$t" "$lo-$hi" \
      "$(echo "scale=2; $t / $lo" | bc)"
  else
    p=$(time_of "$pb" "${pbargs[@]}")
    printf '%-40s %12.3f %22s %8s %20.3f %10s\n' "$name" "$t" "$lo-$hi" \
      "$(echo "scale=2; $t / $lo" | bc)" "$p" "$(echo "scale=2; $t / $p" | bc)"
  fi
}
row "etcd: all 102 files, one process" 0.77 0.77 etcd "$data/jepsen" -- \
  "$vouch" history "${reg[@]}" --no-minimize "$data/jepsen"
row "kv c50-ok, per key" 0.26 0.39 kv "$data/kv/c50-ok.txt" -- \
  "$vouch" history "${kv[@]}" "$data/kv/c50-ok.txt"
row "kv c50-bad, per key" 0.02 0.13 kv "$data/kv/c50-bad.txt" -- \
  "$vouch" history "${kv[@]}" "$data/kv/c50-bad.txt"
row "kv c10-ok, unpartitioned" 2.5 4.8 kv "$data/kv/c10-ok.txt" --no-partition -- \
  "$vouch" history "${kv[@]}" --no-partition "$data/kv/c10-ok.txt"
echo "ratio = vouch / the low end of Porcupine's range (target: at most 0.5)"
[ -z "$pb" ] || echo "ratio here = vouch / Porcupine measured here by $pb"
