------------------------------- MODULE KV -------------------------------
(* A linearizable key-value store with get, put and append on string values: the model of
   Porcupine's kv histories. Keys appear as they are used; a key never written reads "". *)
EXTENDS Sequences, TLC

VARIABLE store   \* a function from the keys written so far to their strings

Init == store = [k \in {} |-> ""]

Lookup(k) == IF k \in DOMAIN store THEN store[k] ELSE ""

Set(k, v) == store' = (k :> v) @@ store

\* A get of key k that returned v.
Get(k, v) == v = Lookup(k) /\ UNCHANGED store

Put(k, v) == Set(k, v)

AppendTo(k, v) == Set(k, Lookup(k) \o v)
=============================================================================
