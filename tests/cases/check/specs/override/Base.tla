---- MODULE Base ----
EXTENDS Naturals
VARIABLE x
Allowed(v) == v < 2
Init == x = 0
Next == Allowed(x) /\ x' = x + 1
====
