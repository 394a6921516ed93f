------------------------------ MODULE Set ------------------------------
(* A linearizable grow-only set with add and read: the model of Jepsen's "set" workload. An
   operation-level spec: each action is one operation, its parameters are the operation's input
   and output (docs/history-mapping.md). A read returns the whole set, written in the history as
   an EDN set #{1 2} (not a vector). Since a read must equal the set at one instant of its
   interval, an acknowledged add is in every read that starts after the add completed: no
   acknowledged element is lost, and no element appears that was never added. *)
CONSTANTS Elements   \* the elements added (only for `vouch check`)

VARIABLE set

Init == set = {}

Add(e) == set' = set \cup {e}

\* A read that returned the set s.
Read(s) == s = set /\ UNCHANGED set

Next == \/ \E e \in Elements : Add(e)
        \/ \E s \in SUBSET Elements : Read(s)

TypeOK == set \subseteq Elements
=============================================================================
