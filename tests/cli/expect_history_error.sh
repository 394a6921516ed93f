#!/usr/bin/env bash
# Runs `vouch history` on a bad-input case folder and checks what a user sees: exit code 2, no
# crash, and a first diagnostic `FILE:LINE:COL: error: ... [KIND]` followed by the source line
# and a caret under column COL. The folder's `expect` file says:
#   spec: PATH          the spec (relative to the project root)
#   map: PATH           the mapping (relative to the case folder if it is there, else the root)
#   history: FILE       the history file in the case folder
#   error: FILE LINE:COL KIND   where the first error must point (FILE as for map)
#   contains: TEXT      (optional) text the first line must contain
# usage: expect_history_error.sh VOUCH ROOT CASE_DIR
set -uo pipefail
source "$(dirname "$0")/diagnostic.sh"
vouch=$1 root=$2 dir=$3
field() { sed -n "s/^$1: //p" "$dir/expect" | head -1; }
resolve() { if [ -e "$dir/$1" ]; then echo "$dir/$1"; else echo "$root/$1"; fi; }
spec=$root/$(field spec)
map=$(resolve "$(field map)")
history=$dir/$(field history)
read -r efile pos kind <<< "$(field error)"
efile=$(resolve "$efile")
line=${pos%%:*} col=${pos##*:}
contains=$(field contains)
err=$(mktemp)
trap 'rm -f "$err"' EXIT
"$vouch" history --spec "$spec" --map "$map" "$history" > /dev/null 2> "$err"
code=$?
fail() { echo "FAIL $dir: $1"; echo "--- stderr:"; cat "$err"; exit 1; }
[ "$code" -eq 2 ] || fail "exit code $code, expected 2"
check_diagnostic "$err" "$efile" "$line" "$col" "$kind"
[ -z "$contains" ] || [[ "$(head -1 "$err")" == *"$contains"* ]] || fail "first line lacks '$contains'"
exit 0
