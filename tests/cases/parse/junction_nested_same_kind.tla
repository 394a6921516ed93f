---- MODULE junction_nested_same_kind ----
Op == /\ /\ a
         /\ b
      /\ c
====
EXPECT:
(def Op () (and (and a b) c))
