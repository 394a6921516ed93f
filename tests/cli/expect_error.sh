#!/usr/bin/env bash
# Runs `vouch parse CASE` on a negative case and checks what a user sees: exit code 2, no crash,
# and a diagnostic `CASE:LINE:COL: error: ... [KIND]` followed by the source line and a caret
# under column COL. LINE, COL and KIND come from the case's `ERROR: kind line:col` directive
# (`\* ERROR: config line:col` in .cfg cases).
# usage: expect_error.sh VOUCH CASE
set -uo pipefail
source "$(dirname "$0")/diagnostic.sh"
vouch=$1
case_file=$2
directive=$(grep -m1 -oE 'ERROR: [a-z-]+ [0-9]+:[0-9]+' "$case_file") || {
  echo "no ERROR: directive in $case_file"; exit 1; }
read -r _ kind line col <<< "$(echo "$directive" | tr ':' ' ' | awk '{print $1, $2, $3, $4}')"
err=$(mktemp)
trap 'rm -f "$err"' EXIT
"$vouch" parse "$case_file" > /dev/null 2> "$err"
code=$?
fail() { echo "FAIL $case_file: $1"; echo "--- stderr:"; cat "$err"; exit 1; }
[ "$code" -eq 2 ] || fail "exit code $code, expected 2"
check_diagnostic "$err" "$case_file" "$line" "$col" "$kind"
exit 0
