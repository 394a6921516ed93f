---- MODULE InitShare ----
\* Initial states enumerated by several workers must be checked in the one-worker order: the
\* first initial state violating Inv is x = 2, y = 4 (x \in 1..5 is the shared branching).
EXTENDS Naturals, Sequences
VARIABLES x, y
Init == x \in 1..5 /\ y \in 1..4
Next == UNCHANGED <<x, y>>
Inv == x + y # 6
\* An evaluation error in Init: first met at x = 3, y = 1.
InitError == x \in 1..5 /\ y \in 1..4 /\ (x = 3 => Head(<<>>) = y)
====
