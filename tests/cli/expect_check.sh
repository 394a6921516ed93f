#!/usr/bin/env bash
# Runs `vouch check` on the spec named by a golden .expect file and compares what the file gives:
#   verdict, distinct_states, states_generated, depth, states_left_on_queue   (--report json)
#   exit_code                                            (of the run)
#   trace_length                                         (states in the reported behavior)
#   message_contains / stderr_contains                   (text that must appear in the output)
# and runs it with the options `options:` gives (e.g. `-workers 2`), if any.
# usage: expect_check.sh VOUCH REPO_ROOT CASE.expect
set -uo pipefail
vouch=$1
root=$2
case_file=$3
field() { grep -m1 "^$1:" "$case_file" | cut -d: -f2- | sed 's/^ *//'; }
cd "$root" || exit 1
spec=$(field spec)
cfg=$(field config)
read -r -a options <<< "$(field options)"
json=$("$vouch" check "$spec" -config "$cfg" "${options[@]}" --report json 2>/dev/null)
code=$?
text=$("$vouch" check "$spec" -config "$cfg" "${options[@]}" 2>&1)
status=0
fail() { echo "FAIL $case_file: $1"; status=1; }
for key in verdict distinct_states states_generated depth states_left_on_queue; do
  want=$(field "$key")
  [ -z "$want" ] && continue
  got=$(echo "$json" | grep -o "\"$key\": *[^,}]*" | head -1 | cut -d: -f2- | tr -d ' "')
  [ "$got" == "$want" ] || fail "$key is '$got', expected '$want'"
done
want=$(field exit_code)
[ -n "$want" ] && [ "$code" != "$want" ] && fail "exit code $code, expected $want"
want=$(field trace_length)
if [ -n "$want" ]; then
  got=$(echo "$text" | grep -cE '^State [0-9]+:')
  [ "$got" == "$want" ] || fail "behavior of $got states, expected $want"
fi
for key in message_contains stderr_contains; do
  want=$(field "$key")
  [ -n "$want" ] && ! grep -qF -- "$want" <<< "$text" && fail "output lacks '$want'"
done
[ $status -ne 0 ] && echo "$text" | head -30
exit $status
