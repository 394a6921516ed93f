#!/usr/bin/env bash
# etcd with serializable reads and the leader partitioned: reads served by a node from its own
# state are not linearizable, and the checker must say so, naming the read it could not place.
# Nine clients (three bound to each node) and 6 s partitions, so that clients of the isolated
# node keep reading while the majority elects a leader and accepts writes. Measured (docs/
# nemesis.md): 5 of 5 seeds violate; the first stale read found is usually a follower's few
# milliseconds of lag, and every seed also has reads ≥ 1 s stale inside a partition.
# usage: nemesis_serializable.sh VOUCH [SECONDS]
set -uo pipefail
vouch=$1 secs=${2:-30}
source "$(dirname "$0")/nemesis_common.sh"
require etcd
out=$(timeout 55 "$vouch" nemesis --system etcd --nodes 3 --workload register --read-mode serializable \
      --clients 9 --faults partition-leader --interval 6s --duration "${secs}s" --seed 1 \
      --out "$run/run" --check 2>&1)
code=$?
echo "$out"
[ "$code" -eq 1 ] || fail "exit code $code, expected 1 (violation)"
[[ "$out" == *"verdict: violates"* ]] || fail "no 'verdict: violates'"
grep -Eq '^Operation #[0-9]+ process [0-9]+ read → .* \(line [0-9]+' <<<"$out" ||
  fail "the explanation does not name the read it could not place"
grep -q 'None of the operations that could come next is enabled' <<<"$out" || fail "no explanation"
grep -q ':f :start-partition' "$run/run/history.edn" || fail "no partition in the history"
nothing_of_runs_left
echo "ok: serializable reads violate; the report names the read"
exit 0
