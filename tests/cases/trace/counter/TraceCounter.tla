---- MODULE TraceCounter ----
(* A TLC trace-validation setup: the log (NDJSON, one {"x": n} per line, path in the environment
   variable JSON) is read with ndJsonDeserialize; TraceMatched fails when the search runs out of
   states before the end of the log. For `vouch trace TraceCounter.tla` (TLC-compatible mode). *)
EXTENDS Counter, Naturals, Sequences, TLC, Json, IOUtils
Log == ndJsonDeserialize(IOEnv.JSON)
VARIABLE l
TraceInit == l = 1 /\ Init
TraceNext == l <= Len(Log) /\ Next /\ x' = Log[l].x /\ l' = l + 1
TraceSpec == TraceInit /\ [][TraceNext]_<<x, l>>
TraceMatched == [](l <= Len(Log) => [](TLCGet("queue") = 1 \/ l > Len(Log)))
====
