---- MODULE junction_implies_at_bullet_column ----
Op == /\ a
      /\ b
      => c
====
EXPECT:
(def Op () (=> (and a b) c))
