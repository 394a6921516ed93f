---- MODULE TraceCounter ----
(* Trace validation as etcd-io/raft and CCF set it up for TLC: the log's values in order, and
   the property TraceMatched, which fails when the search runs out of states (TLCGet("queue"),
   read once a state's successors are generated, is 0) before the end of the log. *)
EXTENDS Counter, Naturals, Sequences, TLC
CONSTANT Log
GoodLog == <<1, 3, 4, 6>>
BadLog == <<1, 3, 6, 7>>   \* 3 -> 6 is no step of Counter
VARIABLE l
TraceInit == l = 1 /\ Init
TraceNext == l <= Len(Log) /\ Next /\ x' = Log[l] /\ l' = l + 1
TraceSpec == TraceInit /\ [][TraceNext]_<<x, l>>
TraceMatched == [](l <= Len(Log) => [](TLCGet("queue") = 1 \/ l > Len(Log)))
====
