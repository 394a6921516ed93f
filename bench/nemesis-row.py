#!/usr/bin/env python3
"""One table row for bench/nemesis-campaign.sh, from a run folder (summary.json, check.txt,
history.edn): operations, outcomes, the checker's verdict and time, the operation it could not
place and whether that was inside a fault, and two direct counts that need no checker:
  lost  (set)      acknowledged adds missing from the final read (from summary.json);
  stale (register) ok reads returning a value that an ok write had replaced at least 1 s
                   before the read began (written values are unique by default), and how many
                   of those began inside a fault window.
usage: nemesis-row.py RUN          prints: key=value pairs, one per line"""
import json
import re
import sys

run = sys.argv[1]
s = json.load(open(f"{run}/summary.json"))
o = s["operations"]
row = {"ops": o["invocations"], "ok": o["ok"], "info": o["info"], "fail": o["fail"],
       "verdict": s["verdict"], "lost": s.get("lost_acknowledged_adds", "-"),
       "check_s": "-", "failed": "-", "stale": "-", "stale_in_fault": "-", "max_stale_s": "-"}
try:
    report = open(f"{run}/check.txt").read()
except OSError:
    report = ""
m = re.search(r"\(\d+ operations, ([0-9.]+) ms\)", report)
if m:
    row["check_s"] = "%.1f" % (float(m.group(1)) / 1000)

line_re = re.compile(r"\{:process (\S+), :type :(\w+), :f :(\S+), :value (.*), :time (\d+)\}")
events = []
for text in open(f"{run}/history.edn"):
    m = line_re.match(text.strip())
    if m:
        p, t, f, v, ns = m.groups()
        events.append((p, t, f, v, int(ns) / 1e9))

# Fault windows: each :nemesis start ... its stop.
windows, open_at = [], None
for p, t, f, v, at in events:
    if p != ":nemesis":
        continue
    if open_at is None:
        open_at = at
    else:
        windows.append((open_at, at))
        open_at = None
def in_fault(at):
    return any(a <= at <= b for a, b in windows)

m = re.search(r"^Operation #\d+ process (\S+) (\w+) .*\(line (\d+)", report, re.M)
if m:
    line = int(m.group(3))
    at = events[line - 1][4] if line - 1 < len(events) else 0
    row["failed"] = "%s@%.1fs%s" % (m.group(2), at, "(fault)" if in_fault(at) else "")

# Pair operations per process: (f, invoke value, type, result value, invoked, completed).
pending, ops = {}, []
for p, t, f, v, at in events:
    if p == ":nemesis":
        continue
    if t == "invoke":
        pending[p] = (f, v, at)
    elif p in pending:
        f0, v0, t0 = pending.pop(p)
        ops.append((f0, v0, t, v, t0, at))
if s.get("workload") == "register":
    written = {}  # value -> (invoked, completed) of its ok write or cas
    for f, v0, t, v, t0, t1 in ops:
        if t != "ok":
            continue
        if f == "write":
            written[v0] = (t0, t1)
        elif f == "cas":
            written[v0.strip("[]").split()[1]] = (t0, t1)
    writes = sorted(written.items(), key=lambda kv: kv[1][0])
    def superseded(value):
        # The earliest completion of an ok write of another value invoked after this one's
        # write completed (for nil: any ok write).
        done = written[value][1] if value in written else (None if value == "nil" else -1)
        if done == -1:
            return None
        best = None
        for u, (i, c) in writes:
            if u != value and (done is None or i > done) and (best is None or c < best):
                best = c
        return best
    cache, stale, in_f, worst = {}, 0, 0, 0.0
    for f, v0, t, v, t0, t1 in ops:
        if f != "read" or t != "ok":
            continue
        if v not in cache:
            cache[v] = superseded(v)
        sup = cache[v]
        if sup is not None and t0 - sup >= 1.0:
            stale += 1
            in_f += in_fault(t0)
            worst = max(worst, t0 - sup)
    row.update(stale=stale, stale_in_fault=in_f, max_stale_s="%.1f" % worst)
for k, v in row.items():
    print(f"{k}={v}")
