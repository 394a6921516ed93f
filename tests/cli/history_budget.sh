#!/usr/bin/env bash
# A budget that runs out gives verdict unknown (exit 3) with the reason, never a wrong verdict.
# usage: history_budget.sh VOUCH REASON ARGS...   (ARGS: everything after `vouch history`)
set -uo pipefail
vouch=$1 reason=$2
shift 2
out=$("$vouch" history "$@" 2>&1)
code=$?
[ "$code" -eq 3 ] || { echo "FAIL: exit code $code, expected 3"; echo "$out"; exit 1; }
[[ "$out" == *"unknown: $reason"* ]] || { echo "FAIL: no 'unknown: $reason'"; echo "$out"; exit 1; }
exit 0
