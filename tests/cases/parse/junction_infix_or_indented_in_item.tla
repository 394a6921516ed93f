---- MODULE junction_infix_or_indented_in_item ----
Op == /\ a
         \/ b
      /\ c
====
EXPECT:
(def Op () (and (\/ a b) c))
