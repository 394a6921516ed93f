#!/usr/bin/env bash
# A nemesis campaign: one checked run per seed, one table row per run (bench/nemesis-row.py).
# Default: Redis + Sentinel with the master partitioned, set workload; "lost" counts
# acknowledged adds missing from the final read. For the register workload "stale" counts reads
# of a value replaced ≥ 1 s before the read began (and how many began inside a fault).
# "failed" is the operation the checker could not place, its start, and "(fault)" if inside one.
# usage: bench/nemesis-campaign.sh VOUCH [SEEDS] [DURATION] [WORKLOAD] [OUT]     (root)
#   bench/nemesis-campaign.sh build/cli/vouch 5 40s set                  # Redis lost writes
#   SYSTEM=etcd READ_MODE=serializable INTERVAL=4s \
#     bench/nemesis-campaign.sh build/cli/vouch 5 20s register           # etcd stale reads
# Environment: SYSTEM (redis), FAULTS (partition-leader), INTERVAL (8s), READ_MODE, CLIENTS,
# VALUES (register values 0..N-1 instead of unique ones). Runs are kept under OUT when given.
set -uo pipefail
vouch=$(realpath "$1")
seeds=${2:-5}
duration=${3:-40s}
workload=${4:-set}
out=${5:-}
here=$(cd "$(dirname "$0")" && pwd)
system=${SYSTEM:-redis}
faults=${FAULTS:-partition-leader}
interval=${INTERVAL:-8s}
extra=()
[ -n "${READ_MODE:-}" ] && extra+=(--read-mode "$READ_MODE")
[ -n "${CLIENTS:-}" ] && extra+=(--clients "$CLIENTS")
[ -n "${VALUES:-}" ] && extra+=(--values "$VALUES")
[ "$(id -u)" -eq 0 ] || { echo "needs root"; exit 2; }
work=${out:-$(mktemp -d /tmp/vouch-bench-XXXXXX)}
mkdir -p "$work"
[ -z "$out" ] && trap 'rm -rf "$work"' EXIT
echo "$system ×3, $workload, --faults $faults --interval $interval --duration $duration ${extra[*]}"
fmt='%-4s %6s %6s %5s %5s %-9s %5s %7s %-22s %5s %8s %6s\n'
# shellcheck disable=SC2059
printf "$fmt" seed ops ok info fail verdict lost check_s failed stale in_fault max_s
violating=0 lossy=0 staleruns=0
for seed in $(seq "$seeds"); do
  run="$work/$system-$workload-s$seed"
  rm -rf "$run"
  timeout 600 "$vouch" nemesis --system "$system" --nodes 3 --workload "$workload" --faults "$faults" \
    --interval "$interval" --duration "$duration" --seed "$seed" --out "$run" --check "${extra[@]}" \
    >"$run.out" 2>&1
  declare -A r=()
  while IFS='=' read -r k v; do r[$k]=$v; done < <(python3 "$here/nemesis-row.py" "$run")
  # shellcheck disable=SC2059
  printf "$fmt" "$seed" "${r[ops]}" "${r[ok]}" "${r[info]}" "${r[fail]}" "${r[verdict]}" "${r[lost]}" \
    "${r[check_s]}" "${r[failed]}" "${r[stale]}" "${r[stale_in_fault]}" "${r[max_stale_s]}"
  [ "${r[verdict]}" = violates ] && violating=$((violating + 1))
  [ "${r[lost]}" != "-" ] && [ "${r[lost]}" -gt 0 ] && lossy=$((lossy + 1))
  [ "${r[stale]}" != "-" ] && [ "${r[stale_in_fault]}" -gt 0 ] && staleruns=$((staleruns + 1))
  unset r
done
echo "violates: $violating of $seeds; with lost acknowledged adds: $lossy; with reads ≥ 1 s stale inside a fault: $staleruns"
left=$(ip netns list | grep -c '^vouch-' || true)
echo "left behind: $left namespaces, $(pgrep -xc redis-server || true) redis-server," \
  "$(pgrep -xc redis-sentinel || true) redis-sentinel, $(pgrep -xc etcd || true) etcd"
