----------------------------- MODULE Mutex -----------------------------
(* A linearizable mutex (lock) with acquire and release: the model of Jepsen's lock workloads.
   An operation-level spec: each action is one operation, its parameter is the process that
   invoked it (the history's :process field, docs/history-mapping.md). A process acquires only
   a free lock, and only the holder releases it. A failed acquire or release did not happen. *)
CONSTANTS Nil,        \* the holder of a free lock
          Processes   \* the processes (only for `vouch check`)

VARIABLE holder

Init == holder = Nil

Acquire(p) == holder = Nil /\ holder' = p

Release(p) == holder = p /\ holder' = Nil

Next == \E p \in Processes : Acquire(p) \/ Release(p)

TypeOK == holder \in Processes \cup {Nil}
=============================================================================
