---- MODULE junction_three_levels ----
Op == \/ /\ a
         /\ \/ b
            \/ c
      \/ d
====
EXPECT:
(def Op () (or (and a (or b c)) d))
