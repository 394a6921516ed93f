---- MODULE junction_if_in_item ----
Op == /\ IF c THEN a ELSE b
      /\ d
====
EXPECT:
(def Op () (and (if c a b) d))
