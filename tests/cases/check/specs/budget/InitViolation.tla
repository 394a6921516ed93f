---- MODULE InitViolation ----
\* The third initial state violates the invariant: a budget that runs out later, while the
\* initial states are still counted, leaves the violation standing.
EXTENDS Naturals
VARIABLE x
Init == x \in 1..50
Next == UNCHANGED x
Small == x < 3
====
