---------------------------- MODULE Reduction ----------------------------
(* Operations that leave the state unchanged in some states but not in all: the history search
   may linearize an operation eagerly only when it never changes the state (a read). *)
VARIABLE reg

Init == reg = 0

Write(v) == reg' = v

Read(v) == v = reg /\ UNCHANGED reg

\* Stutters while reg = 0, sets reg to 5 otherwise.
BumpCase == CASE reg = 0 -> UNCHANGED reg [] OTHER -> reg' = 5

BumpIf == IF reg = 0 THEN UNCHANGED reg ELSE reg' = 5

\* A read written with CASE: stutters in every branch.
ReadCase(v) == CASE v = reg -> UNCHANGED reg [] OTHER -> FALSE
=============================================================================
