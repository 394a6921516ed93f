---- MODULE junction_ended_by_in ----
Op == LET y == /\ a
               /\ b
      IN  y
====
EXPECT:
(def Op () (let ((def y () (and a b))) y))
