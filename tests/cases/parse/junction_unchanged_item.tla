---- MODULE junction_unchanged_item ----
Op == /\ x' = 1
      /\ UNCHANGED <<y, z>>
====
EXPECT:
(def Op () (and (= (prime x) 1) (UNCHANGED (<<>> y z))))
