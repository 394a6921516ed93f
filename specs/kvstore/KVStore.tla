------------------------------- MODULE KVStore -------------------------------
(***************************************************************************)
(* A linearizable key-value store described at the level of operations.   *)
(* Every client operation takes effect atomically, in a single step, so a  *)
(* history of invocations and completions is linearizable exactly when it  *)
(* can be ordered into a behavior of this spec.                            *)
(*                                                                         *)
(* The operations carry their observable results as parameters:           *)
(*   Read(k, v)            - a read of key k that returned v               *)
(*   Write(k, v)           - an unconditional write of v to k              *)
(*   Delete(k)             - removes k (a later read returns Nil)          *)
(*   CasOk(k, old, new)    - a compare-and-set that succeeded              *)
(*   CasFail(k, old, new)  - a compare-and-set that failed                 *)
(* A checker that replays a history instantiates the parameters with the   *)
(* values recorded in the history and asks whether the action is enabled.  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, TLC

CONSTANTS
    \* @type: Set(KEY);
    Keys,
    \* @type: Set(VALUE);
    Values,
    \* @type: VALUE;
    Nil             \* the value of a key that was never written (or deleted)

ASSUME Nil \notin Values
ASSUME Keys # {}

\* The values a read may observe.
Observable == Values \cup {Nil}

VARIABLE
    \* @type: KEY -> VALUE;
    store

vars == <<store>>

-----------------------------------------------------------------------------

TypeOK == store \in [Keys -> Observable]

Init == store = [k \in Keys |-> Nil]

\* A read of key k that returned v. Enabled only when v is the current value,
\* and it does not change the store.
Read(k, v) ==
    /\ store[k] = v
    /\ UNCHANGED store

\* An unconditional write; always enabled.
Write(k, v) ==
    store' = [store EXCEPT ![k] = v]

\* Deleting a key makes later reads observe Nil.
Delete(k) ==
    store' = [store EXCEPT ![k] = Nil]

\* Compare-and-set that found the expected value and installed the new one.
CasOk(k, old, new) ==
    /\ store[k] = old
    /\ store' = [store EXCEPT ![k] = new]

\* Compare-and-set that found a different value; the store is untouched.
CasFail(k, old, new) ==
    /\ store[k] # old
    /\ UNCHANGED store

\* Either outcome of a compare-and-set, for callers that do not know it.
Cas(k, old, new) == CasOk(k, old, new) \/ CasFail(k, old, new)

Next ==
    \E k \in Keys :
        \/ \E v \in Observable : Read(k, v)
        \/ \E v \in Values : Write(k, v)
        \/ Delete(k)
        \/ \E old \in Observable, new \in Values : Cas(k, old, new)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties.                                                             *)

\* Nothing but Write and a successful Cas ever installs a value, so a key
\* either holds one of the written values or Nil. (This restates TypeOK in
\* terms of reachable values; it is the invariant a history checker relies
\* on when it enumerates candidate states.)
StoreHoldsKnownValues == \A k \in Keys : store[k] \in Observable

\* Reads never change the store: checked as an action property.
ReadsArePure ==
    [][\A k \in Keys, v \in Observable : Read(k, v) => store' = store]_vars

THEOREM Spec => []TypeOK
=============================================================================
