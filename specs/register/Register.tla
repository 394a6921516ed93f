---------------------------- MODULE Register ----------------------------
(* A linearizable register with read, write and compare-and-set: the model of Jepsen's
   etcd "register" workload. An operation-level spec: each action is one operation, its
   parameters are the operation's input and output (docs/history-mapping.md). *)
CONSTANTS Nil,     \* the value before the first write (Jepsen reads it as nil)
          Values   \* the values written (only for `vouch check`)

VARIABLE reg

Init == reg = Nil

\* A read that returned v.
Read(v) == v = reg /\ UNCHANGED reg

Write(v) == reg' = v

\* A compare-and-set that succeeded (a failed one did not happen).
Cas(old, new) == reg = old /\ reg' = new

Next == \E v, w \in Values : Read(v) \/ Write(v) \/ Cas(v, w)

TypeOK == reg \in Values \cup {Nil}
=============================================================================
