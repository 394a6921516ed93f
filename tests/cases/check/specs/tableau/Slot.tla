---- MODULE Slot ----
EXTENDS Naturals
VARIABLE v
Spec == v = 0 /\ [][v < 2 /\ v' = v + 1]_v
Eventually == <>(v = 2)
====
