---- MODULE junction_item_infix_continuation ----
Op == /\ a
         => b
      /\ c
====
EXPECT:
(def Op () (and (=> a b) c))
