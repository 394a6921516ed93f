#!/usr/bin/env bash
# Checks every history of a folder with `vouch history --report json` and compares each verdict
# with the folder's expected.tsv (file<TAB>linearizable true|false). Files not listed there must
# be reported as input errors (e.g. an empty history), never as a verdict or a crash.
# usage: history_expected.sh VOUCH SPEC MAP DIR [extra vouch options...]
set -euo pipefail
vouch=$1 spec=$2 map=$3 dir=$4
shift 4
out=$(mktemp)
trap 'rm -f "$out"' EXIT
set +e
"$vouch" history --spec "$spec" --map "$map" --report json --no-minimize "$@" "$dir" >"$out" 2>/dev/null
code=$?
set -e
if [ "$code" -gt 3 ]; then echo "FAIL: vouch exited $code (crash?)"; exit 1; fi
python3 - "$out" "$dir/expected.tsv" <<'PY'
import json, os, sys
report = json.load(open(sys.argv[1]))
expected = {}
for line in open(sys.argv[2]).read().splitlines()[1:]:
    name, lin = line.split("\t")
    expected[name] = {"true": "conforms", "false": "violates"}[lin]
seen, bad = set(), 0
for f in report["files"]:
    name = os.path.basename(f["file"])
    seen.add(name)
    want = expected.get(name, "error")
    if f["verdict"] != want:
        bad += 1
        print(f"FAIL {name}: expected {want}, got {f['verdict']}")
missing = set(expected) - seen
for name in sorted(missing):
    bad += 1
    print(f"FAIL {name}: not checked")
print(f"{len(seen)} histories, {len(seen) - bad} as expected")
sys.exit(1 if bad else 0)
PY
