---- MODULE Counter ----
\* The abstract spec: a counter that must reach 3.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
====
