#!/usr/bin/env bash
# Runs `vouch check --report json` on the spec named by a golden .expect file and compares every
# field the file gives (verdict, distinct_states, states_generated, depth).
# usage: expect_check.sh VOUCH REPO_ROOT CASE.expect
set -uo pipefail
vouch=$1
root=$2
case_file=$3
field() { grep -m1 "^$1:" "$case_file" | cut -d: -f2- | tr -d ' '; }
spec=$root/$(field spec)
cfg=$root/$(field config)
out=$("$vouch" check "$spec" -config "$cfg" --report json 2>&1)
status=0
for key in verdict distinct_states states_generated depth; do
  want=$(field "$key")
  [ -z "$want" ] && continue
  got=$(echo "$out" | grep -o "\"$key\": *[^,}]*" | head -1 | cut -d: -f2- | tr -d ' "')
  if [ "$got" != "$want" ]; then
    echo "FAIL $case_file: $key is $got, expected $want"
    status=1
  fi
done
[ $status -ne 0 ] && echo "$out" | head -30
exit $status
