---- MODULE junction_if_spanning_item ----
Op == /\ IF c
         THEN /\ a
              /\ b
         ELSE d
      /\ e
====
EXPECT:
(def Op () (and (if c (and a b) d) e))
