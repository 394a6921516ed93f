---- MODULE junction_ended_by_then ----
Op == IF /\ a
         /\ b
      THEN 1
      ELSE 2
====
EXPECT:
(def Op () (if (and a b) 1 2))
