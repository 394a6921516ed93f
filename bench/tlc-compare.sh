#!/usr/bin/env bash
# Runs `vouch check` on the public models of bench/tlc-models.tsv (a local checkout of
# tlaplus/Examples, never committed: EXAMPLES_DIR) and prints our state counts and speed beside
# TLC's reference figures (1 worker, this machine kind).
# usage: bench/tlc-compare.sh VOUCH [TIMEOUT_S] [MODEL_REGEX]
set -uo pipefail
vouch=$(realpath "$1")
budget=${2:-300}
only=${3:-.}
ex=${EXAMPLES_DIR:-/work/ext/Examples}/specifications
here=$(cd "$(dirname "$0")" && pwd)
printf '| %-20s | %12s | %12s | %12s | %12s | %7s | %10s | %-6s |\n' model distinct "TLC distinct" generated "TLC gen." seconds "states/s" match
printf '|%s|\n' "----------------------|--------------|--------------|--------------|--------------|---------|------------|--------"
grep -v '^#' "$here/tlc-models.tsv" | grep -E "$only" | while IFS=$'\t' read -r name tla cfg tdist tgen _; do
  if [ ! -f "$ex/$tla" ]; then
    printf '| %-20s | %s\n' "$name" "skipped: $ex/$tla not present"
    continue
  fi
  out=$(cd "$ex/$(dirname "$tla")" && timeout "$((budget + 30))" "$vouch" check "$(basename "$tla")" \
        -config "$(basename "$cfg")" --timeout "$budget" --report json 2>/tmp/vouch-compare.err)
  dist=$(echo "$out" | grep -o '"distinct_states": [0-9]*' | grep -o '[0-9]*$')
  gen=$(echo "$out" | grep -o '"states_generated": [0-9]*' | grep -o '[0-9]*$')
  secs=$(echo "$out" | grep -o '"elapsed_s": [0-9.e+-]*' | awk '{print $2}')
  verdict=$(echo "$out" | grep -o '"verdict": "[a-z]*"' | cut -d'"' -f4)
  if [ -z "$dist" ]; then
    printf '| %-20s | %s\n' "$name" "error: $(head -1 /tmp/vouch-compare.err)"
    continue
  fi
  rate=$(awk -v g="$gen" -v s="$secs" 'BEGIN { if (s > 0) printf "%.0f", g / s; else print "-" }')
  match=no
  [ "$dist" = "$tdist" ] && [ "$gen" = "$tgen" ] && match=yes
  [ "$tdist" = "-" ] && match="($verdict)"
  printf '| %-20s | %12s | %12s | %12s | %12s | %7.2f | %10s | %-6s |\n' "$name" "$dist" "$tdist" "$gen" "$tgen" "$secs" "$rate" "$match"
done
