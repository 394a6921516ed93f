#!/usr/bin/env bash
# Parses and resolves every .tla module of a corpus folder (e.g. a local checkout of
# tlaplus/Examples — never committed) and prints the share that loads, plus each failure.
# usage: bench/corpus.sh VOUCH CORPUS_DIR [OUT_TSV]
set -uo pipefail
vouch=$1
dir=$2
out=${3:-/dev/null}
ok=0
fail=0
: > "$out"
while IFS= read -r f; do
  # A module is checked from its own folder, so its siblings are found as TLC would find them.
  if msg=$(cd "$(dirname "$f")" && timeout 20 "$vouch" parse "$(basename "$f")" 2>&1 >/dev/null); then
    ok=$((ok + 1))
    printf 'ok\t%s\n' "$f" >> "$out"
  else
    fail=$((fail + 1))
    first=$(printf '%s\n' "$msg" | head -1)
    printf 'FAIL\t%s\t%s\n' "$f" "$first" >> "$out"
    printf 'FAIL %s\n     %s\n' "${f#"$dir"/}" "$first"
  fi
done < <(find "$dir" -name '*.tla' | sort)
total=$((ok + fail))
awk -v ok=$ok -v t=$total 'BEGIN { printf "%d / %d modules parse and resolve (%.1f%%)\n", ok, t, t ? 100 * ok / t : 0 }'
