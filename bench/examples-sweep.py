#!/usr/bin/env python3
"""Runs `vouch check` on every exhaustive-search model of a local checkout of tlaplus/Examples
(never committed) and compares with the results its manifests record from TLC: the verdict
(success / safety failure / liveness failure) and, where given, the distinct and generated
state counts. Prints one row per model and a summary.

usage: bench/examples-sweep.py VOUCH [EXAMPLES_DIR] [--max-runtime HH:MM:SS] [--timeout S]
                               [--only REGEX] [--tsv OUT]

EXAMPLES_DIR defaults to /work/ext/Examples. Models whose manifest runtime exceeds
--max-runtime (default 00:00:30) are skipped. Each run gets --timeout seconds (default 60).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path


def mode_of(model):
    m = model["mode"]
    return m if isinstance(m, str) else next(iter(m))


def expected_verdict(result):
    return {"success": "conforms", "safety failure": "violates",
            "deadlock failure": "violates", "liveness failure": "violates"}.get(result, "?")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("vouch")
    ap.add_argument("examples", nargs="?", default="/work/ext/Examples")
    ap.add_argument("--max-runtime", default="00:00:30")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--only", default=".")
    ap.add_argument("--tsv")
    a = ap.parse_args()
    vouch = os.path.realpath(a.vouch)
    root = Path(a.examples)
    models = []
    for manifest in sorted(root.glob("specifications/*/manifest.json")):
        d = json.loads(manifest.read_text())
        for mod in d["modules"]:
            for m in mod["models"]:
                if mode_of(m) != "exhaustive search" or m["runtime"] > a.max_runtime:
                    continue
                if not re.search(a.only, m["path"]):
                    continue
                models.append((mod["path"], m))
    rows = []
    counts = {"match": 0, "verdict only": 0, "MISMATCH": 0, "error": 0, "timeout": 0,
              "unsupported": 0}
    print(f"{'model':70} {'expected':>10} {'vouch':>10} {'distinct':>16} {'generated':>18} "
          f"{'s':>6}  status")
    for tla, m in models:
        spec = root / tla
        cfg = root / m["path"]
        want = expected_verdict(m["result"])
        t0 = time.time()
        try:
            # From the checkout's root, as its CI runs TLC (some specs read files by paths
            # relative to it).
            p = subprocess.run([vouch, "check", tla, "-config", m["path"],
                                "--timeout", str(a.timeout), "--report", "json"],
                               cwd=root, capture_output=True, text=True,
                               timeout=a.timeout + 30)
            out, err, code = p.stdout, p.stderr, p.returncode
        except subprocess.TimeoutExpired:
            out, err, code = "", "killed after the timeout", -1
        secs = time.time() - t0
        try:
            r = json.loads(out)
        except json.JSONDecodeError:
            r = None
        got = r["verdict"] if r else "error"
        dist = r.get("distinct_states") if r else None
        gen = r.get("states_generated") if r else None
        wd, wg = m.get("distinctStates"), m.get("totalStates")
        if r is None or code == 2:
            lines = [x for x in err.strip().splitlines() if ": warning:" not in x]
            first = (lines or ["?"])[0]
            status = "error: " + first[:150]
            counts["error"] += 1
        elif got == "unknown":
            status = "timeout/unknown"
            counts["timeout"] += 1
        elif got != want:
            status = "MISMATCH (verdict)"
            counts["MISMATCH"] += 1
        elif want == "conforms" and wd is not None and wg is not None and (wd, wg) != (0, 0):
            if (dist, gen) == (wd, wg):
                status = "match"
                counts["match"] += 1
            else:
                status = "MISMATCH (counts)"
                counts["MISMATCH"] += 1
        else:
            status = "verdict only"
            counts["verdict only"] += 1
        name = m["path"].removeprefix("specifications/")
        print(f"{name:70} {want:>10} {got:>10} {str(dist) + '/' + str(wd):>16} "
              f"{str(gen) + '/' + str(wg):>18} {secs:6.1f}  {status}", flush=True)
        rows.append((name, want, got, dist, wd, gen, wg, f"{secs:.2f}", status))
    print()
    print(f"{len(rows)} models: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if a.tsv:
        with open(a.tsv, "w") as f:
            f.write("model\texpected\tvouch\tdistinct\tTLC distinct\tgenerated\tTLC generated\t"
                    "seconds\tstatus\n")
            for row in rows:
                f.write("\t".join(str(x) for x in row) + "\n")


if __name__ == "__main__":
    sys.exit(main())
