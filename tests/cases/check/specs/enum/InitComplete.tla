---- MODULE InitComplete ----
\* Once an initial state is complete, TLC only evaluates the conjuncts left: the disjunction
\* under \A no longer branches, so no initial state is generated twice (2 initial states, not 5).
EXTENDS Naturals
VARIABLE x
Init == /\ x \in {0, 1}
        /\ \A i \in {1, 2} : x = 0 \/ x < 5
Next == x' = x
====
