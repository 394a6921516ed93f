---- MODULE junction_case_in_item ----
Op == /\ CASE a -> 1
           [] OTHER -> 2
      /\ b
====
EXPECT:
(def Op () (and (case (a 1) (other 2)) b))
