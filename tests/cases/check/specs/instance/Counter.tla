---- MODULE Counter ----
\* A module meant to be instantiated: x is chosen once, y counts modulo 3.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == /\ x \in {1, 2}
        /\ y = 0
Next == /\ UNCHANGED x
        /\ y' = (y + 1) % 3
Spec == Init /\ [][Next]_vars
TypeOK == x \in {1, 2} /\ y \in 0..2
YStep == [][y' /= y]_y
YFrozen == [][y' = y]_y   \* violated by the first step
====
