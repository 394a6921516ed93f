#!/usr/bin/env bash
# Prints a table of frontend timings: parse + resolve of a spec with everything it EXTENDS,
# whole process (start-up included), median of N runs.
# Public corpora are not in the repo: point RAFT_DIR at a local checkout of etcd-io/raft and
# EXAMPLES_DIR at one of tlaplus/Examples to include them (rows are skipped otherwise).
# usage: bench/run.sh VOUCH [RUNS]
set -uo pipefail
vouch=$(realpath "$1")
runs=${2:-11}
here=$(cd "$(dirname "$0")/.." && pwd)

median_ms() {  # median wall time in ms of `vouch parse FILE` run from FILE's folder
  local file=$1 times=()
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s%N)
    (cd "$(dirname "$file")" && "$vouch" parse "$(basename "$file")" > /dev/null 2>&1) || return 1
    e=$(date +%s%N)
    times+=($(( (e - s) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

row() {  # name file target_ms
  local name=$1 file=$2 target=$3
  if [ ! -f "$file" ]; then
    printf '| %-34s | %10s | %9s | %-28s |\n' "$name" "-" "$target" "skipped (corpus not present)"
    return
  fi
  local ms
  if ! ms=$(median_ms "$file"); then
    printf '| %-34s | %10s | %9s | %-28s |\n' "$name" "error" "$target" "does not parse"
    return
  fi
  local verdict=ok
  [ "$target" != "-" ] && awk -v m="$ms" -v t="$target" 'BEGIN { exit !(m > t) }' && verdict="SLOWER than target"
  printf '| %-34s | %10s | %9s | %-28s |\n' "$name" "$ms" "$target" "$verdict"
}

echo "vouch parse (parse + load + resolve + level-check), median of $runs runs, wall ms"
printf '| %-34s | %10s | %9s | %-28s |\n' "spec" "median ms" "target" ""
printf '|%s|%s|%s|%s|\n' "------------------------------------" "------------" "-----------" "------------------------------"
row "etcd-io/raft tla/etcdraft.tla" "${RAFT_DIR:-/work/ext/raft}/tla/etcdraft.tla" 200
row "etcd-io/raft tla/Traceetcdraft.tla" "${RAFT_DIR:-/work/ext/raft}/tla/Traceetcdraft.tla" -
row "Examples ewd998/EWD998ChanTrace.tla" "${EXAMPLES_DIR:-/work/ext/Examples}/specifications/ewd998/EWD998ChanTrace.tla" -
for f in "$here"/specs/*/*.tla; do
  [ -f "$f" ] && row "specs/${f#"$here"/specs/}" "$f" -
done
if [ -d "${EXAMPLES_DIR:-/work/ext/Examples}" ]; then
  echo
  echo "tlaplus/Examples corpus:"
  "$here/bench/corpus.sh" "$vouch" "${EXAMPLES_DIR:-/work/ext/Examples}" | tail -1
fi
