---- MODULE Constants ----
\* No variables and no behavior: TLC only checks the assumptions. UNION over a set holding an
\* infinite set stays lazy, so membership works.
EXTENDS Integers
CONSTANT N
ASSUME N \in 1..10
ASSUME [a |-> -3] \in UNION {[a : Int], [b : Nat]}
ASSUME [b |-> -3] \notin UNION {[a : Int], [b : Nat]}
====
