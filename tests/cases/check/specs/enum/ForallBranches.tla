---- MODULE ForallBranches ----
\* TLC enumerates \A in an action as the conjunction of its instances: the \E inside branches
\* once per witness and per instance (2 x 2 successors of each state, all the same state).
EXTENDS Naturals
VARIABLES x, y
Init == x = [i \in {1, 2} |-> "c"] /\ y = 0
Next == /\ \A r \in {1, 2} : x[r] = "p" \/ \E q \in {1, 2} : x[q] = "c"
        /\ y' = 1 - y
        /\ UNCHANGED x
====
