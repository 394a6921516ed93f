---- MODULE junction_ended_by_else ----
Op == IF c THEN /\ a
                /\ b
           ELSE d
====
EXPECT:
(def Op () (if c (and a b) d))
