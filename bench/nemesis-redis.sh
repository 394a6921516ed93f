#!/usr/bin/env bash
# Redis + Sentinel with the master partitioned: one run per seed, each checked against
# specs/set (or specs/register), one table row per run. "lost" counts acknowledged adds missing
# from the final read (set workload; "-" for register). Runs are kept under OUT when given.
# usage: bench/nemesis-redis.sh VOUCH [SEEDS] [DURATION] [WORKLOAD] [OUT]
#        e.g. bench/nemesis-redis.sh build/cli/vouch 5 40s set           (root, redis installed)
# Also used for etcd's serializable stale reads: SYSTEM=etcd READ_MODE=serializable
# WORKLOAD=register (see docs/nemesis.md).
set -uo pipefail
vouch=$(realpath "$1")
seeds=${2:-5}
duration=${3:-40s}
workload=${4:-set}
out=${5:-}
system=${SYSTEM:-redis}
faults=${FAULTS:-partition-leader}
interval=${INTERVAL:-8s}
extra=()
[ -n "${READ_MODE:-}" ] && extra+=(--read-mode "$READ_MODE")
[ -n "${CLIENTS:-}" ] && extra+=(--clients "$CLIENTS")
[ "$(id -u)" -eq 0 ] || { echo "needs root"; exit 2; }
work=${out:-$(mktemp -d /tmp/vouch-bench-XXXXXX)}
mkdir -p "$work"
[ -z "$out" ] && trap 'rm -rf "$work"' EXIT
echo "$system ×3, $workload, --faults $faults --interval $interval --duration $duration ${extra[*]}"
printf '%-5s %7s %6s %6s %6s %-10s %6s %9s %s\n' seed ops ok info fail verdict lost check_s first_lost
violating=0 lossy=0
for seed in $(seq "$seeds"); do
  run="$work/$system-$workload-s$seed"
  rm -rf "$run"
  timeout 600 "$vouch" nemesis --system "$system" --nodes 3 --workload "$workload" --faults "$faults" \
    --interval "$interval" --duration "$duration" --seed "$seed" --out "$run" --check "${extra[@]}" \
    >"$run.out" 2>&1
  row=$(python3 - "$run/summary.json" "$run/check.txt" <<'EOF'
import json, re, sys
s = json.load(open(sys.argv[1]))
o = s["operations"]
t = "-"
try:
    m = re.search(r"\(\d+ operations, ([0-9.]+) ms\)", open(sys.argv[2]).read())
    t = "%.1f" % (float(m.group(1)) / 1000) if m else "-"
except OSError:
    pass
lost = s.get("lost_acknowledged_adds", "-")
first = (s.get("lost_examples") or ["-"])[0]
print(o["invocations"], o["ok"], o["info"], o["fail"], s["verdict"], lost, t, first.replace(" ", "_"))
EOF
)
  read -r ops ok info fail verdict lost secs first <<<"$row"
  printf '%-5s %7s %6s %6s %6s %-10s %6s %9s %s\n' "$seed" "$ops" "$ok" "$info" "$fail" "$verdict" \
    "$lost" "$secs" "${first//_/ }"
  [ "$verdict" = violates ] && violating=$((violating + 1))
  [ "$lost" != "-" ] && [ "$lost" -gt 0 ] && lossy=$((lossy + 1))
done
echo "violates: $violating of $seeds; runs with lost acknowledged adds: $lossy of $seeds"
left=$(ip netns list | grep -c '^vouch-' || true)
echo "left behind: $left namespaces, $(pgrep -xc redis-server || true) redis-server, $(pgrep -xc redis-sentinel || true) redis-sentinel, $(pgrep -xc etcd || true) etcd"
