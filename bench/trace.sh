#!/usr/bin/env bash
# `vouch trace` (TLC-compatible mode) on etcd-io/raft's published trace validation setup
# (tla/Traceetcdraft.tla + Traceetcdraft.cfg + example.ndjson, a local checkout kept outside this
# repository: RAFT_TLA_DIR), on the first N lines of the example log for each N given, beside
# TLC when TLC is set to a command running tla2tools (`TLC=/path/to/tlc`, called as
# `$TLC -workers 1 -noGenerateSpecTE -config Traceetcdraft.cfg Traceetcdraft.tla`).
# Whole-process wall time, median of RUNS runs; the verdicts must agree.
# usage: bench/trace.sh VOUCH [RUNS] [N...]      (default N: 300 600 1500)
set -uo pipefail
vouch=$(realpath "$1")
runs=${2:-3}
shift 2 2>/dev/null || shift $#
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(300 600 1500)
src=${RAFT_TLA_DIR:-/work/ext/raft/tla}
tlc=${TLC:-}
if [ ! -f "$src/Traceetcdraft.tla" ]; then
  echo "no $src/Traceetcdraft.tla: clone etcd-io/raft and set RAFT_TLA_DIR to its tla folder" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src"/*.tla "$src"/*.cfg "$work"/
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
timed() {  # command...: prints "seconds verdict-line" of the median run
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" > "$work/out" 2>&1
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc
  done | median
}
verdict_vouch() { grep -oE '(conforms|violates|unknown)$' "$work/out" | tail -1; }
verdict_tlc() {
  if grep -q "No error has been found" "$work/out"; then echo conforms
  elif grep -q "^Error:" "$work/out"; then echo violates
  else echo unknown; fi
}
printf '| %6s | %10s | %-9s | %10s | %-9s | %7s |\n' lines "vouch (s)" verdict "TLC (s)" verdict ratio
printf '|%s|\n' "--------|------------|-----------|------------|-----------|---------"
cd "$work" || exit 2
for n in "${sizes[@]}"; do
  head -n "$n" "$src/example.ndjson" > "log$n.ndjson"
  tv=$(JSON="log$n.ndjson" timed "$vouch" trace Traceetcdraft.tla -config Traceetcdraft.cfg)
  vv=$(verdict_vouch)
  if [ -n "$tlc" ]; then
    tt=$(JSON="log$n.ndjson" timed $tlc -workers 1 -noGenerateSpecTE -config Traceetcdraft.cfg \
         Traceetcdraft.tla)
    vt=$(verdict_tlc)
    rm -rf states
    printf '| %6s | %10.2f | %-9s | %10.2f | %-9s | %7.2f |\n' "$n" "$tv" "$vv" "$tt" "$vt" \
      "$(echo "scale=3; $tv / $tt" | bc)"
  else
    printf '| %6s | %10.2f | %-9s | %10s | %-9s | %7s |\n' "$n" "$tv" "$vv" - - -
  fi
done
