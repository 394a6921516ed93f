---- MODULE junction_outdented_infix_not_error ----
Op == /\ a
      /\ b
   => c
====
EXPECT:
(def Op () (=> (and a b) c))
