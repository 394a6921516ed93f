---- MODULE junction_ended_by_next_def ----
A == /\ x
     /\ y
B == \/ x
     \/ y
====
EXPECT:
(def A () (and x y))
(def B () (or x y))
