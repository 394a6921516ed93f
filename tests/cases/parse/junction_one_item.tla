---- MODULE junction_one_item ----
Op == /\ a
Op2 == \/ b
====
EXPECT:
(def Op () (and a))
(def Op2 () (or b))
