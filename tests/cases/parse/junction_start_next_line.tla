---- MODULE junction_start_next_line ----
Op ==
  /\ a
  /\ b
====
EXPECT:
(def Op () (and a b))
